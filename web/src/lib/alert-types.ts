/** The alert types the API raises, in the order settings and filters list them. */
export const alertTypes = [
  { value: 'budget_warning', label: 'Budget warning' },
  { value: 'budget_critical', label: 'Budget critical' },
  { value: 'anomaly', label: 'Spend anomaly' },
  { value: 'recommendation', label: 'Recommendation' },
  { value: 'provider_sync_failure', label: 'Provider sync failure' },
  { value: 'weekly_report', label: 'Weekly report' },
] as const

export type AlertType = (typeof alertTypes)[number]['value']

export const alertTypeLabel = (type: string) => alertTypes.find((t) => t.value === type)?.label ?? type

export const isAlertType = (value: string | null): value is AlertType => alertTypes.some((t) => t.value === value)
