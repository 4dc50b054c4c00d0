import type { ComponentType } from 'react'
import { AnomalyFeedWidget } from './AnomalyFeedWidget'
import { BudgetGaugeWidget } from './BudgetGaugeWidget'
import { CostContributionWidget } from './CostContributionWidget'
import { CostEvolutionWidget } from './CostEvolutionWidget'
import { CostPerModelWidget } from './CostPerModelWidget'
import { LatencyWidget } from './LatencyWidget'
import { RequestVolumeWidget } from './RequestVolumeWidget'
import { SpendOverTimeWidget } from './SpendOverTimeWidget'
import { TokenConsumptionWidget } from './TokenConsumptionWidget'
import { TopRecommendationsWidget } from './TopRecommendationsWidget'
import type { WidgetProps } from './widget-props'

const components: Record<string, ComponentType<WidgetProps>> = {
  spend_over_time: SpendOverTimeWidget,
  token_consumption: TokenConsumptionWidget,
  cost_per_model: CostPerModelWidget,
  request_volume: RequestVolumeWidget,
  latency: LatencyWidget,
  budget_gauge: BudgetGaugeWidget,
  top_recommendations: TopRecommendationsWidget,
  anomaly_feed: AnomalyFeedWidget,
  cost_evolution: CostEvolutionWidget,
  cost_contribution: CostContributionWidget,
}

export function WidgetContent({ type, ...props }: WidgetProps & { type: string }) {
  const Component = components[type]
  if (Component) return <Component {...props} />
  return <p className="muted empty-state">This widget type is not known.</p>
}
