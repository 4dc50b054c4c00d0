using AIntops.Application.ApiKeys;
using AIntops.Application.Budgets.Evaluation;
using AIntops.Application.Common.Observability;
using AIntops.Application.Organizations;
using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Ingest;

/// <summary>
/// The ingest hot path after authentication and parsing: plan limit, pricing, durable write.
/// Kept off the mediator pipeline on purpose; it runs tens of thousands of times a second. The budget flags of each
/// answer come from the budgets' stored states, read from memory (<see cref="BudgetStateCache"/>).
/// </summary>
public sealed class IngestService(IIngestWriter writer, PlanLimiter planLimiter, OrganizationPrices organizationPrices, BudgetStateCache budgetStates,
    SpendWatch spendWatch, OrganizationSettings organizationSettings, IOptions<IngestOptions> options, TimeProvider clock, AppMetrics metrics)
{
    public async Task<IReadOnlyList<IngestResult>> IngestAsync(ApiKeyIdentity key, IReadOnlyList<IngestEvent> events, CancellationToken cancellationToken)
    {
        var allowed = await planLimiter.AllowanceAsync(key.OrganizationId, events.Count, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var prices = await organizationPrices.ForOrganizationAsync(key.OrganizationId, cancellationToken);
        var priced = events.Take(allowed).Select(e => ToRow(key, e, now, prices)).ToList();
        if (priced.Count > 0 && events.Any(HasContent) && await organizationSettings.StoresContentAsync(key.OrganizationId, cancellationToken))
            for (var i = 0; i < priced.Count; i++)
                if (HasContent(events[i]))
                    priced[i].Row.Content = EventContent.Build(priced[i].Row, events[i].Input, events[i].Output, options.Value.ContentMaxBytes);
        var rows = priced.Where(p => p.Cost.CostNanoUsd <= MaxCostNanoUsd).Select(p => p.Row).ToList();
        var outcomes = rows.Count == 0 ? [] : await writer.WriteAsync(rows, cancellationToken);
        var duplicates = outcomes.Count(o => o.Duplicate);
        planLimiter.RecordAccepted(key.OrganizationId, outcomes.Count - duplicates);
        metrics.IngestAnswered(outcomes.Count - duplicates, duplicates, events.Count - allowed);
        var budgets = await budgetStates.ForOrganizationAsync(key.OrganizationId);
        if (budgets.Count > 0 && outcomes.Count > duplicates) spendWatch.Mark(key.OrganizationId);
        var written = 0;
        return events.Select((e, i) =>
        {
            var flags = budgetStates.FlagsOf(budgets, i < allowed ? priced[i].Row.Labels.Provider : e.Provider, e.Team ?? key.Team);
            var result = i >= allowed ? IngestResult.OverPlanLimit()
                : priced[i].Cost.CostNanoUsd > MaxCostNanoUsd ? IngestResult.OverCostLimit()
                : IngestResult.Accepted(outcomes[written++], priced[i].Cost, priced[i].Row.Content is not null);
            return result with { BudgetWarning = flags.Warning, BudgetExceeded = flags.Exceeded };
        }).ToList();
    }

    private static bool HasContent(IngestEvent e) => e.Input is not null || e.Output is not null;

    /// <summary>One event may cost at most <see cref="IngestLimits.MaxCostUsd"/> at the organization's prices, so rollup sums stay far from overflowing.</summary>
    private static readonly long MaxCostNanoUsd = NanoUsd.FromUsd(IngestLimits.MaxCostUsd);

    private static (LlmEvent Row, PricedCost Cost) ToRow(ApiKeyIdentity key, IngestEvent e, DateTime now, OrganizationPriceList prices)
    {
        var at = e.Timestamp ?? now;
        var usage = new TokenUsage(e.InputTokens, e.OutputTokens, e.CachedInputTokens, e.CacheWriteTokens, e.TotalTokens);
        var price = prices.PriceEvent(e.Model, at, usage);
        return (new LlmEvent
        {
            Id = Guid.CreateVersion7(),
            ExternalRequestId = e.ExternalRequestId,
            Labels = new EventLabels
            {
                OrganizationId = key.OrganizationId, ApiKeyId = key.KeyId, SentByUserId = key.CreatedByUserId, Provider = e.Provider ?? price.Provider ?? "unknown",
                Model = e.Model, PromptVersion = e.PromptVersion, EndpointTag = e.EndpointTag, EndUserId = e.UserId, Team = e.Team ?? key.Team, Workflow = e.Workflow,
            },
            InputTokens = e.InputTokens,
            OutputTokens = e.OutputTokens,
            TotalTokens = e.TotalTokens ?? e.InputTokens + e.OutputTokens,
            CachedInputTokens = e.CachedInputTokens,
            CacheWriteTokens = e.CacheWriteTokens,
            LatencyMs = e.LatencyMs,
            Status = e.Status,
            ErrorCode = e.ErrorCode,
            DataMode = e.DataMode ?? DataModes.Real,
            Environment = e.Environment ?? key.Environment ?? Environments.Prod,
            TimestampMs = new DateTimeOffset(at).ToUnixTimeMilliseconds(),
            ReceivedAtMs = new DateTimeOffset(now).ToUnixTimeMilliseconds(),
            PromptHash = e.PromptHash,
            ClientCostNanoUsd = e.CostUsd is { } usd ? (long)Math.Round(usd * 1_000_000_000m) : null,
            CostNanoUsd = price.CostNanoUsd,
            PriceKnown = price.PriceKnown,
            MetadataJson = e.MetadataJson,
        }, price);
    }
}
