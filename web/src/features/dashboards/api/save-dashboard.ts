import type { components } from '@/lib/api/schema'
import type { Dashboard } from './list-dashboards'

export type WidgetInput = Omit<components['schemas']['WidgetInput'], 'configJson'>
export type DashboardBody = { name: string; widgets: WidgetInput[] }

/** Puts a saved dashboard into the cached list, so the picker and a later visit see it. */
export const withSaved = (saved: Dashboard) => (list: Dashboard[] | undefined) =>
  list?.some((d) => d.id === saved.id) ? list.map((d) => (d.id === saved.id ? saved : d)) : [...(list ?? []), saved]
