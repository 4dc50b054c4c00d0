using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Support;

/// <summary>Checks every rollup table against sums recomputed here from the raw rows, independently of the application's grouping.</summary>
public static class RollupAssertions
{
    private const long HourMs = 3_600_000, DayMs = 86_400_000;

    /// <summary>Every rollup row equals the sums of its raw rows, key by key, and no rollup row exists without raw rows behind it.</summary>
    public static async Task AssertRollupsMatchRawRowsAsync(this ApiFactory factory, Guid organizationId)
    {
        var (raw, hourly, daily, userDaily, userBreakdown) = await factory.WithDbAsync(async db =>
            (await db.LlmEvents.AsNoTracking().ToListAsync(), await db.UsageHourly.AsNoTracking().ToListAsync(), await db.UsageDaily.AsNoTracking().ToListAsync(),
                await db.UsageUserDaily.AsNoTracking().ToListAsync(), await db.UsageUserBreakdownHourly.AsNoTracking().ToListAsync()), organizationId);
        var (latencyHourly, latencyDaily) = (await LatencyRowsAsync<LatencyHourly>(factory, organizationId), await LatencyRowsAsync<LatencyDaily>(factory, organizationId));

        AssertUsage(raw, hourly, HourMs);
        AssertUsage(raw, daily, DayMs);
        AssertLatency(raw, latencyHourly, HourMs);
        AssertLatency(raw, latencyDaily, DayMs);
        Assert.Equal(
            raw.GroupBy(e => $"{Start(e, DayMs)}|{e.EndUserRef ?? 0}|{e.ProviderRef}|{e.Environment}|{e.DataMode}")
                .Select(g => $"{g.Key} => {g.Count()} {g.Sum(e => e.InputTokens)} {g.Sum(e => e.OutputTokens)} cost {g.Sum(e => e.CostNanoUsd)}").Order(),
            userDaily.Select(r => $"{r.PeriodStartMs}|{r.EndUserRef}|{r.ProviderRef}|{r.Environment}|{r.DataMode} => {r.Requests} {r.InputTokens} {r.OutputTokens} cost {r.CostNanoUsd}")
                .Order());
        Assert.Equal(
            raw.GroupBy(e => $"{Start(e, HourMs)}|{e.EndUserRef ?? 0}|{e.ProviderRef}|{e.ModelRef}|{e.TeamRef ?? 0}|{e.Environment}|{e.DataMode}")
                .Select(g => $"{g.Key} => {g.Count()} {g.Sum(e => e.InputTokens)} {g.Sum(e => e.OutputTokens)} cost {g.Sum(e => e.CostNanoUsd)}").Order(),
            userBreakdown.Select(r => $"{r.PeriodStartMs}|{r.EndUserRef}|{r.ProviderRef}|{r.ModelRef}|{r.TeamRef}|{r.Environment}|{r.DataMode} => " +
                $"{r.Requests} {r.InputTokens} {r.OutputTokens} cost {r.CostNanoUsd}").Order());
    }

    private static void AssertUsage<T>(List<LlmEvent> raw, List<T> rollup, long periodMs) where T : UsageRollupRow => Assert.Equal(
        raw.GroupBy(e => $"{Start(e, periodMs)}|{e.ProviderRef}|{e.ModelRef}|{e.TeamRef ?? 0}|{e.Environment}|{e.DataMode}|{e.EndpointTagRef ?? 0}|{e.PromptVersionRef ?? 0}|{e.Status}|{e.ApiKeyRef ?? 0}|{CacheOutcome(e)}|{e.WorkflowRef ?? 0}")
            .Select(g => $"{g.Key} => {g.Count()} {g.Sum(e => e.InputTokens)} {g.Sum(e => e.OutputTokens)} {g.Sum(e => e.CachedInputTokens)} " +
                $"{g.Sum(e => e.CacheWriteTokens)} cost {g.Sum(e => e.CostNanoUsd)} unpriced {g.Count(e => !e.PriceKnown)} {g.Sum(e => e.LatencyMs ?? 0)} {g.Count(e => e.LatencyMs is not null)}")
            .Order(),
        rollup.Select(r => $"{r.PeriodStartMs}|{r.ProviderRef}|{r.ModelRef}|{r.TeamRef}|{r.Environment}|{r.DataMode}|{r.EndpointTagRef}|{r.PromptVersionRef}|{r.Status}|{r.ApiKeyRef}|{r.CacheOutcome}|{r.WorkflowRef} => " +
                $"{r.Requests} {r.InputTokens} {r.OutputTokens} {r.CachedInputTokens} {r.CacheWriteTokens} cost {r.CostNanoUsd} unpriced {r.UnpricedRequests} {r.LatencySumMs} {r.LatencyCount}")
            .Order());

    /// <summary>Latency rows with their bucket counts, read from the bucket columns.</summary>
    private static async Task<List<string>> LatencyRowsAsync<T>(ApiFactory factory, Guid organizationId) where T : LatencyRollupRow
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var tenant = db.UseOrganization(organizationId);
        return (await db.Set<T>().ToListAsync()).Select(r => $"{r.PeriodStartMs}|{r.ProviderRef}|{r.ModelRef}|{r.TeamRef}|{r.Environment}|{r.DataMode} => {r.Requests} " +
            string.Join(",", Enumerable.Range(0, LatencyHistogram.Buckets).Select(b => db.Entry(r).Property(LatencyHistogram.Column(b)).CurrentValue))).ToList();
    }

    private static void AssertLatency(List<LlmEvent> raw, List<string> rollup, long periodMs) => Assert.Equal(
        raw.Where(e => e.LatencyMs is not null)
            .GroupBy(e => $"{Start(e, periodMs)}|{e.ProviderRef}|{e.ModelRef}|{e.TeamRef ?? 0}|{e.Environment}|{e.DataMode}")
            .Select(g => $"{g.Key} => {g.Count()} " + string.Join(",", Enumerable.Range(0, LatencyHistogram.Buckets)
                .Select(b => g.Count(e => LatencyHistogram.UpperBoundsMs.Count(bound => bound <= e.LatencyMs) == b))))
            .Order(),
        rollup.Order());

    private static string CacheOutcome(LlmEvent e) => e.CachedInputTokens > 0 ? "cache_read" : e.CacheWriteTokens > 0 ? "cache_write" : "uncached";

    private static long Start(LlmEvent e, long periodMs) => e.TimestampMs - ((e.TimestampMs % periodMs) + periodMs) % periodMs;
}
