using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Pricing;

namespace AIntops.Application.Analytics.ComparePromptVersions;

/// <param name="EndpointTag">The feature (endpointTag) whose prompt versions are compared.</param>
/// <param name="Versions">The prompt versions to compare (e.g. v1 and v2); every version of the endpointTag when empty.</param>
public sealed record ComparePromptVersionsQuery(AnalyticsFilter Filter, string EndpointTag, IReadOnlyList<string> Versions)
    : IRequest<PromptVersionComparison>, IAnalyticsQuery;

/// <param name="PromptVersion">"" for calls sent without one.</param>
public sealed record PromptVersionStats(
    string PromptVersion, long Requests, decimal SpendUsd, decimal? CostPerRequestUsd, double? AverageInputTokens, double? AverageOutputTokens,
    double? AverageLatencyMs, double? ErrorRate, long UnpricedRequests);

public sealed record PromptVersionComparison(DateTime From, DateTime To, string EndpointTag, IReadOnlyList<PromptVersionStats> Versions, SourceNote SourceNote);

public sealed class ComparePromptVersionsValidator : AbstractValidator<ComparePromptVersionsQuery>
{
    public ComparePromptVersionsValidator()
    {
        Include(new AnalyticsFilterRules<ComparePromptVersionsQuery>());
        RuleFor(q => q.EndpointTag).NotEmpty().WithMessage("endpointTag is required: the feature whose prompt versions to compare.");
        RuleFor(q => q.Versions.Count).LessThanOrEqualTo(10).OverridePropertyName("versions").WithMessage("Compare at most 10 versions.");
    }
}

public sealed class ComparePromptVersionsHandler(LedgerReader ledger, TimeProvider clock)
    : IRequestHandler<ComparePromptVersionsQuery, PromptVersionComparison>
{
    public async Task<PromptVersionComparison> Handle(ComparePromptVersionsQuery request, CancellationToken cancellationToken)
    {
        var window = request.Filter.Window(clock.GetUtcNow().UtcDateTime);
        var (sums, note, _) = await ledger.SumAsync(request.Filter, window, new UsageGrouping(First: "endpointTag", Second: "promptVersion"), cancellationToken);
        var ofTag = sums.Where(s => s.First == request.EndpointTag).ToDictionary(s => s.Second);
        var versions = request.Versions.Count > 0 ? request.Versions : ofTag.Keys.Order(StringComparer.Ordinal).ToList();
        return new PromptVersionComparison(window.From, window.To, request.EndpointTag, versions
            .Select(v => Stats(v, ofTag.GetValueOrDefault(v) ?? new UsageSums { Second = v })).ToList(), note with { AttributedOnly = true });
    }

    private static PromptVersionStats Stats(string version, UsageSums s) => new(
        version, s.Requests, NanoUsd.ToUsd(s.CostNanoUsd), s.Requests == 0 ? null : NanoUsd.ToUsd(s.CostNanoUsd) / s.Requests,
        Ratio.Of(s.InputTokens, s.Requests), Ratio.Of(s.OutputTokens, s.Requests), Ratio.Of(s.LatencySumMs, s.LatencyCount),
        Ratio.Of(s.Errors, s.Requests), s.UnpricedRequests);
}
