using AIntops.Application.Analytics.Ledger;

namespace AIntops.Application.Analytics.GetTokens;

public sealed record GetTokensQuery(AnalyticsFilter Filter) : IRequest<TokenUsageReport>, IAnalyticsQuery;

/// <param name="Key">A day (ISO date), an endpointTag ("" = none) or a model.</param>
/// <param name="AverageInputPerRequest">Input tokens (cached and cache writes included) per call.</param>
/// <param name="AverageOutputPerResponse">Output tokens per call.</param>
public sealed record TokenRow(
    string Key, long Requests, long UncachedInputTokens, long CachedInputTokens, long CacheWriteTokens, long OutputTokens, long TotalTokens,
    double? AverageInputPerRequest, double? AverageOutputPerResponse);

public sealed record TokenUsageReport(DateTime From, DateTime To, TokenRow Total, IReadOnlyList<TokenRow> ByDay, IReadOnlyList<TokenRow> ByEndpointTag,
    IReadOnlyList<TokenRow> ByModel, SourceNote SourceNote);

public sealed class GetTokensValidator : AbstractValidator<GetTokensQuery>
{
    public GetTokensValidator() => Include(new AnalyticsFilterRules<GetTokensQuery>());
}

public sealed class GetTokensHandler(LedgerReader ledger, TimeProvider clock) : IRequestHandler<GetTokensQuery, TokenUsageReport>
{
    public async Task<TokenUsageReport> Handle(GetTokensQuery request, CancellationToken cancellationToken)
    {
        var window = request.Filter.Window(clock.GetUtcNow().UtcDateTime);
        var (byDay, note, _) = await ledger.SumAsync(request.Filter, window, new UsageGrouping(UsageGrouping.Day), cancellationToken);
        var byTag = (await ledger.SumAsync(request.Filter, window, new UsageGrouping(First: "endpointTag"), cancellationToken)).Rows;
        var byModel = (await ledger.SumAsync(request.Filter, window, new UsageGrouping(First: "model"), cancellationToken)).Rows;
        return new TokenUsageReport(window.From, window.To, Row("", UsageSums.Add(byDay)),
            byDay.OrderBy(d => d.Period).Select(d => Row(DateTimeOffset.FromUnixTimeMilliseconds(d.Period).UtcDateTime.ToString("yyyy-MM-dd"), d)).ToList(),
            Ranked(byTag), Ranked(byModel), note);
    }

    private static List<TokenRow> Ranked(List<UsageSums> sums) =>
        sums.OrderByDescending(s => s.TotalTokens).ThenBy(s => s.First, StringComparer.Ordinal).Select(s => Row(s.First, s)).ToList();

    private static TokenRow Row(string key, UsageSums s) => new(key, s.Requests, s.InputTokens - s.CachedInputTokens - s.CacheWriteTokens,
        s.CachedInputTokens, s.CacheWriteTokens, s.OutputTokens, s.TotalTokens, Ratio.Of(s.InputTokens, s.Requests), Ratio.Of(s.OutputTokens, s.Requests));
}
