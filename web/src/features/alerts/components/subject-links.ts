import type { Alert } from '../api/list-alerts'

export type AlertSubject = 'budget' | 'anomaly' | 'recommendation' | 'provider'

/** Where the app shows each kind of thing an alert is about; subjects without a page get no link. */
export type AlertSubjectLinks = Partial<Record<AlertSubject, (id: string) => string>>

const subjects: { subject: AlertSubject; label: string; id: (alert: Alert) => string | null | undefined }[] = [
  { subject: 'budget', label: 'Open the budget', id: (alert) => alert.budgetId },
  { subject: 'anomaly', label: 'Open the anomaly', id: (alert) => alert.anomalyId },
  { subject: 'recommendation', label: 'Open the recommendation', id: (alert) => alert.recommendationId },
  { subject: 'provider', label: 'Open the provider connection', id: (alert) => alert.providerConnectionId },
]

export function linksOf(alert: Alert, links: AlertSubjectLinks) {
  return subjects.flatMap(({ subject, label, id }) => {
    const subjectId = id(alert)
    const to = links[subject]
    return subjectId && to ? [{ label, to: to(subjectId) }] : []
  })
}
