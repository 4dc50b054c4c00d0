import type { ComponentType } from 'react'
import { CostPerModelWidget } from './CostPerModelWidget'
import { LatencyWidget } from './LatencyWidget'
import { RequestVolumeWidget } from './RequestVolumeWidget'
import { SpendOverTimeWidget } from './SpendOverTimeWidget'
import { TokenConsumptionWidget } from './TokenConsumptionWidget'
import type { WidgetProps } from './widget-props'

const components: Record<string, ComponentType<WidgetProps>> = {
  spend_over_time: SpendOverTimeWidget,
  token_consumption: TokenConsumptionWidget,
  cost_per_model: CostPerModelWidget,
  request_volume: RequestVolumeWidget,
  latency: LatencyWidget,
}

/** Budgets, recommendations and anomalies have no data source yet. */
const comingLater: Record<string, string> = {
  budget_gauge: 'No budgets yet',
  top_recommendations: 'No recommendations yet',
  anomaly_feed: 'No anomalies',
}

export function WidgetContent({ type, ...props }: WidgetProps & { type: string }) {
  const Component = components[type]
  if (Component) return <Component {...props} />
  return <p className="muted empty-state">{comingLater[type] ?? 'This widget type is not known.'}</p>
}
