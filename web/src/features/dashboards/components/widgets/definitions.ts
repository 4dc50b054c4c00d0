export type WidgetConfig = Record<string, unknown>

/** A config value editors choose in the widget; '' stands for leaving it out. */
export type WidgetSetting = { name: string; label: string; choices: { value: string; label: string }[] }

type WidgetDefinition = {
  title: string
  size: { width: number; height: number }
  config: WidgetConfig
  settings?: WidgetSetting[]
}

const interval: WidgetSetting = {
  name: 'interval',
  label: 'Interval',
  choices: [
    { value: 'day', label: 'By day' },
    { value: 'week', label: 'By week' },
  ],
}
const splitBy: WidgetSetting = {
  name: 'splitBy',
  label: 'Split by',
  choices: [
    { value: '', label: 'No split' },
    { value: 'provider', label: 'Provider' },
    { value: 'model', label: 'Model' },
  ],
}

const half = { width: 6, height: 4 }
const third = { width: 4, height: 4 }

export const widgetDefinitions: Record<string, WidgetDefinition> = {
  spend_over_time: {
    title: 'Spend over time',
    size: { width: 8, height: 4 },
    config: { interval: 'day', splitBy: 'provider' },
    settings: [interval, splitBy],
  },
  token_consumption: { title: 'Token consumption', size: half, config: { interval: 'day' }, settings: [interval] },
  cost_per_model: { title: 'Cost per model', size: half, config: {} },
  request_volume: { title: 'Request volume', size: half, config: { interval: 'day' }, settings: [interval] },
  latency: { title: 'Latency', size: half, config: {} },
  budget_gauge: { title: 'Budget', size: third, config: {} },
  top_recommendations: { title: 'Top recommendations', size: third, config: {} },
  anomaly_feed: { title: 'Anomalies', size: third, config: {} },
  cost_evolution: { title: 'Cost per request and latency', size: { width: 8, height: 4 }, config: { interval: 'day' }, settings: [interval] },
  cost_contribution: { title: 'Cost by feature and model', size: half, config: {} },
}

export const widgetTypes = Object.keys(widgetDefinitions)

export function widgetDefinition(type: string): WidgetDefinition {
  return widgetDefinitions[type] ?? { title: type.replaceAll('_', ' '), size: half, config: {} }
}

/** A config value when it is one of the allowed ones; configs are free JSON and may hold anything. */
export function configOption<T extends string>(config: unknown, name: string, allowed: readonly T[]): T | undefined {
  const value = config && typeof config === 'object' ? (config as WidgetConfig)[name] : undefined
  return allowed.includes(value as T) ? (value as T) : undefined
}

export const intervalOf = (config: unknown) => configOption(config, 'interval', ['day', 'week'] as const) ?? 'day'
