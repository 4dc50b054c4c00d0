export type WidgetConfig = Record<string, unknown>

type WidgetDefinition = { title: string; size: { width: number; height: number }; config: WidgetConfig }

const half = { width: 6, height: 4 }
const third = { width: 4, height: 4 }

export const widgetDefinitions: Record<string, WidgetDefinition> = {
  spend_over_time: { title: 'Spend over time', size: { width: 8, height: 4 }, config: { interval: 'day', splitBy: 'provider' } },
  token_consumption: { title: 'Token consumption', size: half, config: { interval: 'day' } },
  cost_per_model: { title: 'Cost per model', size: half, config: {} },
  request_volume: { title: 'Request volume', size: half, config: { interval: 'day' } },
  latency: { title: 'Latency', size: half, config: {} },
  budget_gauge: { title: 'Budget', size: third, config: {} },
  top_recommendations: { title: 'Top recommendations', size: third, config: {} },
  anomaly_feed: { title: 'Anomalies', size: third, config: {} },
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
