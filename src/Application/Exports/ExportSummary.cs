using AIntops.Application.Analytics;
using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Common.Interfaces;
using AIntops.Application.Pricing;
using AIntops.Domain.Organizations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Exports;

/// <summary>The ledger of a window (the analytics filters, source included) by day, provider, model and team.</summary>
public sealed record ExportSummaryQuery(AnalyticsFilter Filter) : IRequest<SummaryExport>, IAnalyticsQuery;

/// <param name="Team">"(unattributed)" for billing no telemetry attributes; "" for calls sent without a team.</param>
/// <param name="Source">billed (billing beyond what telemetry attributes, or source=billed), attributed (telemetry inside what billing covers,
/// scaled to the bill where it exceeded it) or telemetry (beyond billing's reach, or source=telemetry).</param>
public sealed record SummaryRow(DateTime Day, string Provider, string Model, string Team, string Source, long Requests, long InputTokens,
    long OutputTokens, long CachedInputTokens, long CacheWriteTokens, decimal CostUsd, long UnpricedRequests);

/// <param name="AvailableFromUtc">Rollups before this were removed by the organization's retention.</param>
public sealed record SummaryExport(DateTime From, DateTime To, DateTime AvailableFromUtc, bool Truncated, IReadOnlyList<SummaryRow> Rows);

public sealed class ExportSummaryValidator : AbstractValidator<ExportSummaryQuery>
{
    public ExportSummaryValidator() => Include(new AnalyticsFilterRules<ExportSummaryQuery>(billed: true));
}

public sealed class ExportSummaryHandler(LedgerReader ledger, IAppDbContext db, ICurrentUser caller, TimeProvider clock)
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
        string SourceOf(UsageSums s) => note.Source switch
        {
            AnalyticsFilter.Billed => "billed",
            AnalyticsFilter.Telemetry => "telemetry",
            _ when s.Second == LedgerBlend.Unattributed => "billed",
            _ => coverage.TryGetValue(s.Provider, out var c) && Day(s.Period) >= c.BillingFromUtc && Day(s.Period) < c.BillingThroughUtc ? "attributed" : "telemetry",
        };
        var rows = sums.OrderBy(s => s.Period).ThenBy(s => s.Provider, StringComparer.Ordinal).ThenBy(s => s.First, StringComparer.Ordinal)
            .ThenBy(s => s.Second, StringComparer.Ordinal)
            .Select(s => new SummaryRow(Day(s.Period), s.Provider, s.First, s.Second, SourceOf(s), s.Requests, s.InputTokens, s.OutputTokens, s.CachedInputTokens,
                s.CacheWriteTokens, NanoUsd.ToUsd(s.CostNanoUsd), s.UnpricedRequests))
            .ToList();
        return new SummaryExport(window.From, window.To, availableFrom, window.From < availableFrom, rows);
    }

    private static DateTime Day(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
}
