using AIntops.Application.Analytics;
using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Pricing;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Exports.ExportSummary;

/// <summary>The ledger of a window (the analytics filters, source included) by day, provider, model and team.</summary>
public sealed record ExportSummaryQuery(AnalyticsFilter Filter) : IRequest<SummaryExport>, IAnalyticsQuery;

public sealed record SummaryRow
{
    public required DateTime Day { get; init; }
    public required string Provider { get; init; }
    public required string Model { get; init; }

    /// <summary>"(unattributed)" for billing no telemetry attributes; "" for calls sent without a team.</summary>
    public required string Team { get; init; }

    /// <summary>The name of the defined team whose keys the row merges (Team is then its primary key); null for a key of no team.</summary>
    public required string? TeamName { get; init; }

    /// <summary>billed (billing beyond what telemetry attributes, or source=billed), attributed (telemetry inside what billing covers,
    /// scaled to the bill where it exceeded it) or telemetry (beyond billing's reach, or source=telemetry).</summary>
    public required string Source { get; init; }

    public required long Requests { get; init; }
    public required long InputTokens { get; init; }
    public required long OutputTokens { get; init; }
    public required long CachedInputTokens { get; init; }
    public required long CacheWriteTokens { get; init; }
    public required decimal CostUsd { get; init; }
    public required long UnpricedRequests { get; init; }
}

/// <param name="AvailableFromUtc">Rollups before this were removed by the organization's retention.</param>
public sealed record SummaryExport(DateTime From, DateTime To, DateTime AvailableFromUtc, bool Truncated, IReadOnlyList<SummaryRow> Rows);

public sealed class ExportSummaryValidator : AbstractValidator<ExportSummaryQuery>
{
    public ExportSummaryValidator() => Include(new AnalyticsFilterRules<ExportSummaryQuery>(billed: true));
}

public sealed class ExportSummaryHandler(LedgerReader ledger, UsageRollupReader rollups, IAppDbContext db, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<ExportSummaryQuery, SummaryExport>
{
    public async Task<SummaryExport> Handle(ExportSummaryQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var window = request.Filter.Window(now);
        var organizationId = caller.RequireOrganizationId();
        var rollupDays = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.RollupRetentionDays).FirstAsync(cancellationToken);
        var availableFrom = RetentionPolicy.AvailableFrom(now, rollupDays);
        var billed = request.Filter.IsBilled;
        var (sums, note, _) = await ledger.SumAsync(request.Filter, window,
            new UsageGrouping(UsageGrouping.Day, "model", billed ? null : "team", ByProvider: true), cancellationToken);
        var coverage = note.Providers.ToDictionary(p => p.Provider);
        var teams = await rollups.TeamsAsync(cancellationToken);
        string SourceOf(UsageSums s) => note.Source switch
        {
            AnalyticsFilter.Billed => "billed",
            AnalyticsFilter.Telemetry => "telemetry",
            _ when s.Second == LedgerBlend.Unattributed => "billed",
            _ => coverage.TryGetValue(s.Provider, out var c) && Day(s.Period) >= c.BillingFromUtc && Day(s.Period) < c.BillingThroughUtc ? "attributed" : "telemetry",
        };
        var rows = sums.OrderBy(s => s.Period).ThenBy(s => s.Provider, StringComparer.Ordinal).ThenBy(s => s.First, StringComparer.Ordinal)
            .ThenBy(s => s.Second, StringComparer.Ordinal)
            .Select(s => new SummaryRow
            {
                Day = Day(s.Period),
                Provider = s.Provider,
                Model = s.First,
                Team = s.Second,
                TeamName = teams.NameOf(s.Second),
                Source = SourceOf(s),
                Requests = s.Requests,
                InputTokens = s.InputTokens,
                OutputTokens = s.OutputTokens,
                CachedInputTokens = s.CachedInputTokens,
                CacheWriteTokens = s.CacheWriteTokens,
                CostUsd = NanoUsd.ToUsd(s.CostNanoUsd),
                UnpricedRequests = s.UnpricedRequests,
            })
            .ToList();
        return new SummaryExport(window.From, window.To, availableFrom, window.From < availableFrom, rows);
    }

    private static DateTime Day(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
}
