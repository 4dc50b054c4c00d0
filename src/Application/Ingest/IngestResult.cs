using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest;

/// <summary>The answer to one ingested event (Opsmeter-compatible fields, plus how the model was priced).</summary>
public sealed record IngestResult
{
    public const string PlanLimitReached = "plan_limit_reached";
    public const string CostLimitExceeded = "cost_limit_exceeded";

    public static readonly string CostLimitMessage =
        $"At this organization's prices the call costs more than {IngestLimits.MaxCostUsd:N0} USD, the most one event may cost; check its token counts and the model's price override.";

    public required bool Ok { get; init; }
    public required Guid? Id { get; init; }
    public required bool Duplicate { get; init; }
    public required decimal? CostUsd { get; init; }
    public required bool PriceKnown { get; init; }
    public required string? Reason { get; init; }
    public required bool TelemetryPaused { get; init; }
    public required bool ProviderCallsContinue { get; init; }
    public required bool IsPlanLimitReached { get; init; }
    public required bool BudgetWarning { get; init; }
    public required bool BudgetExceeded { get; init; }

    /// <summary>True when the event's input or output was stored (the organization keeps content); false when it was dropped,
    /// when the event carried none, and for a duplicate, which stores nothing again.</summary>
    public required bool ContentStored { get; init; }

    /// <summary>exact, alias, family, override or unpriced (docs/adr/0019-model-id-resolution.md); null when this
    /// request did not price the event: a duplicate repeats the stored cost, and nothing is stored over the plan limit.</summary>
    public required string? PriceMatch { get; init; }

    /// <summary>The catalog model or override the price came from; null when unpriced.</summary>
    public required string? PricedAs { get; init; }

    public static IngestResult Accepted(WriteOutcome outcome, PricedCost priced, bool withContent) => new()
    {
        Ok = true,
        Id = outcome.Id,
        Duplicate = outcome.Duplicate,
        CostUsd = outcome.PriceKnown ? NanoUsd.ToUsd(outcome.CostNanoUsd) : null,
        PriceKnown = outcome.PriceKnown,
        Reason = null,
        TelemetryPaused = false,
        ProviderCallsContinue = true,
        IsPlanLimitReached = false,
        BudgetWarning = false,
        BudgetExceeded = false,
        ContentStored = withContent && !outcome.Duplicate,
        PriceMatch = outcome.Duplicate ? null : priced.Match.Name(),
        PricedAs = outcome.Duplicate ? null : priced.Model,
    };

    public static IngestResult OverCostLimit() => Refused(CostLimitExceeded, planLimitReached: false);

    public static IngestResult OverPlanLimit() => Refused(PlanLimitReached, planLimitReached: true);

    private static IngestResult Refused(string reason, bool planLimitReached) => new()
    {
        Ok = false,
        Id = null,
        Duplicate = false,
        CostUsd = null,
        PriceKnown = false,
        Reason = reason,
        TelemetryPaused = planLimitReached,
        ProviderCallsContinue = true,
        IsPlanLimitReached = planLimitReached,
        BudgetWarning = false,
        BudgetExceeded = false,
        ContentStored = false,
        PriceMatch = null,
        PricedAs = null,
    };
}
