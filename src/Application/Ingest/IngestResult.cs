using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest;

/// <summary>The answer to one ingested event (Opsmeter-compatible fields, plus how the model was priced).</summary>
/// <param name="PriceMatch">exact, alias, family, override or unpriced (docs/adr/0019-model-id-resolution.md); null when this
/// request did not price the event: a duplicate repeats the stored cost, and nothing is stored over the plan limit.</param>
/// <param name="PricedAs">The catalog model or override the price came from; null when unpriced.</param>
public sealed record IngestResult(
    bool Ok,
    Guid? Id,
    bool Duplicate,
    decimal? CostUsd,
    bool PriceKnown,
    string? Reason,
    bool TelemetryPaused,
    bool ProviderCallsContinue,
    bool IsPlanLimitReached,
    bool BudgetWarning,
    bool BudgetExceeded,
    string? PriceMatch,
    string? PricedAs)
{
    public const string PlanLimitReached = "plan_limit_reached";
    public const string CostLimitExceeded = "cost_limit_exceeded";

    public static readonly string CostLimitMessage =
        $"At this organization's prices the call costs more than {IngestLimits.MaxCostUsd:N0} USD, the most one event may cost; check its token counts and the model's price override.";

    public static IngestResult Accepted(WriteOutcome outcome, PricedCost priced) => new(true, outcome.Id, outcome.Duplicate,
        outcome.PriceKnown ? NanoUsd.ToUsd(outcome.CostNanoUsd) : null, outcome.PriceKnown, null, false, true, false, false, false,
        outcome.Duplicate ? null : priced.Match.Name(), outcome.Duplicate ? null : priced.Model);

    public static IngestResult OverCostLimit() => new(false, null, false, null, false, CostLimitExceeded, false, true, false, false, false, null, null);

    public static IngestResult OverPlanLimit() => new(false, null, false, null, false, PlanLimitReached, true, true, true, false, false, null, null);
}
