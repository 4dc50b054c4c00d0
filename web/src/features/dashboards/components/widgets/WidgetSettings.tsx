import { widgetDefinition, type WidgetConfig } from './definitions'

type WidgetSettingsProps = { type: string; config: unknown; onChange: (config: WidgetConfig) => void }

/** The choices a widget's config offers editors, such as its interval; saved with the layout. */
export function WidgetSettings({ type, config, onChange }: WidgetSettingsProps) {
  const { title, settings = [] } = widgetDefinition(type)
  const current = (config ?? {}) as WidgetConfig
  if (settings.length === 0) return null
  return (
    <div className="widget-settings">
      {settings.map((setting) => (
        <select
          key={setting.name}
          aria-label={`${setting.label} of ${title}`}
          value={String(current[setting.name] ?? setting.choices[0].value)}
          onChange={(event) => {
            const { [setting.name]: _previous, ...rest } = current
            onChange(event.target.value ? { ...rest, [setting.name]: event.target.value } : rest)
          }}
        >
          {setting.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ))}
    </div>
  )
}
