namespace AIntops.Application.Ingest;

/// <summary>The answer to one ingested event (Opsmeter-compatible fields).</summary>
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
    bool BudgetExceeded)
{
    public const string PlanLimitReached = "plan_limit_reached";

    public static IngestResult Accepted(WriteOutcome outcome) => new(true, outcome.Id, outcome.Duplicate,
        outcome.PriceKnown ? outcome.CostNanoUsd / 1_000_000_000m : null, outcome.PriceKnown, null, false, true, false, false, false);

    public static IngestResult OverPlanLimit() => new(false, null, false, null, false, PlanLimitReached, true, true, true, false, false);
}
