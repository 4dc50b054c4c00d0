import { useState } from 'react'
import type { Layout } from 'react-grid-layout'
import type { AnalyticsFilters } from '@/lib/analytics/filters'
import type { Dashboard } from '../api/list-dashboards'
import type { DashboardBody } from '../api/save-dashboard'
import { useUpdateDashboard } from '../api/update-dashboard'
import { AddWidgetMenu } from './AddWidgetMenu'
import { DashboardGrid } from './grid/DashboardGrid'
import {
  addWidget,
  applyGridLayout,
  configureWidget,
  moveWidget,
  placedWidgets,
  settle,
  toDashboardBody,
  type PlacedWidget,
} from './grid/layout'
import { SaveStatus } from './grid/SaveStatus'
import { useAutosave } from './grid/use-autosave'
import { RenameDashboard } from './RenameDashboard'
import { WidgetContent } from './widgets/WidgetContent'
import { WidgetFrame } from './widgets/WidgetFrame'

/** Widget type → the page that shows all of what that widget sums up. */
export type WidgetLinks = Partial<Record<string, string>>

type DashboardViewProps = { dashboard: Dashboard; editable: boolean; filters: AnalyticsFilters; widgetLinks?: WidgetLinks }

export const saveDelayMs = 700

/** The dashboard's widgets; editors drag, resize, add, remove and rename, and every change is saved. */
export function DashboardView({ dashboard, editable, filters, widgetLinks = {} }: DashboardViewProps) {
  const [name, setName] = useState(dashboard.name)
  const [widgets, setWidgets] = useState(() => placedWidgets(dashboard))
  const update = useUpdateDashboard(dashboard.id)
  const { state, schedule } = useAutosave((body: DashboardBody) => update.mutateAsync(body), saveDelayMs)

  const change = (nextName: string, changed: PlacedWidget[]) => {
    const before = JSON.stringify(toDashboardBody(name, widgets))
    const next = settle(changed)
    setName(nextName)
    setWidgets(next)
    const body = toDashboardBody(nextName, next)
    if (JSON.stringify(body) !== before) schedule(body)
  }
  const changeWidgets = (next: PlacedWidget[]) => change(name, next)
  const layoutDone = (layout: Layout) => changeWidgets(applyGridLayout(widgets, layout))

  return (
    <>
      {editable && (
        <div className="dashboard-toolbar">
          <AddWidgetMenu onAdd={(type) => changeWidgets(addWidget(widgets, type))} />
          <RenameDashboard name={name} onRename={(nextName) => change(nextName, widgets)} />
          <SaveStatus state={state} />
        </div>
      )}
      {widgets.length === 0 && <p className="muted">This dashboard has no widgets yet.</p>}
      <DashboardGrid widgets={widgets} editable={editable} onLayoutDone={layoutDone}>
        {(widget) => (
          <WidgetFrame
            type={widget.type}
            config={widget.config}
            editable={editable}
            link={widgetLinks[widget.type]}
            onMove={(dx, dy) => changeWidgets(moveWidget(widgets, widget.key, dx, dy))}
            onRemove={() => changeWidgets(widgets.filter((w) => w.key !== widget.key))}
            onConfigChange={(config) => changeWidgets(configureWidget(widgets, widget.key, config))}
          >
            <WidgetContent type={widget.type} filters={filters} config={widget.config} />
          </WidgetFrame>
        )}
      </DashboardGrid>
    </>
  )
}
