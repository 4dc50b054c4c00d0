const titles: Record<string, string> = {
  spend_over_time: 'Spend over time',
  token_consumption: 'Token consumption',
  cost_per_model: 'Cost per model',
  request_volume: 'Request volume',
  latency: 'Latency',
  budget_gauge: 'Budget',
  top_recommendations: 'Top recommendations',
  anomaly_feed: 'Anomalies',
}

export function widgetTitle(type: string | null): string {
  if (!type) return 'Widget'
  return titles[type] ?? type.charAt(0).toUpperCase() + type.slice(1).replaceAll('_', ' ')
}
