using AIntops.Application.Analytics;
using AIntops.Application.Common.Interfaces;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Analytics;

/// <summary>
/// Sums grouped by hour (anomaly scans, and blended figures for the hours of the day billing was last synced in) keep their settled hours
/// cached, extended as further hours settle. A class of its own: it moves its server's clock on by a day.
/// </summary>
public sealed class SettledHoursCacheTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Hourly_sums_of_settled_hours_come_from_the_cache_extended_as_hours_settle_and_this_hour_is_live()
    {
        var owner = await api.SignupOwnerAsync();
        var ingest = api.CreateClient().WithApiKey((await owner.Client.CreateApiKeyAsync()).Key);
        var now = api.Clock.GetUtcNow().UtcDateTime;
        api.Clock.Advance(now.Date.AddDays(1).AddHours(10.5) - now);
        var today = now.Date.AddDays(1);
        Task AddBehindTheBackAsync() =>
            api.WithDbAsync(db => db.UsageHourly.ExecuteUpdateAsync(r => r.SetProperty(x => x.Requests, x => x.Requests + 100)), owner.OrganizationId);
        await ingest.IngestBatchAsync([.. new[] { 8.2, 9.2, 10.2 }.Select(hour => IngestApi.Event(extra: new { timestamp = today.AddHours(hour) }))]);
        Assert.Equal(new long[] { 1, 1, 1 }, await HourlyRequestsAsync(owner.OrganizationId, today));

        // 100 more requests per hour behind the application's back: 08:00 and 09:00 have settled and are answered from the cache, 10:00 is read live.
        await AddBehindTheBackAsync();
        Assert.Equal(new long[] { 1, 1, 101 }, await HourlyRequestsAsync(owner.OrganizationId, today));

        // An hour later 10:00 has settled too: the cached hours are extended by it alone.
        api.Clock.Advance(TimeSpan.FromHours(1));
        await AddBehindTheBackAsync();
        Assert.Equal(new long[] { 1, 1, 201 }, await HourlyRequestsAsync(owner.OrganizationId, today));
        await AddBehindTheBackAsync();
        Assert.Equal(new long[] { 1, 1, 201 }, await HourlyRequestsAsync(owner.OrganizationId, today));

        // A late event for 08:00 refreshes every cached hour.
        await ingest.IngestAsync(IngestApi.Event(extra: new { timestamp = today.AddHours(8.5) }));
        Assert.Equal(new long[] { 302, 301, 301 }, await HourlyRequestsAsync(owner.OrganizationId, today));
    }

    /// <summary>Requests per hour of <paramref name="day"/> as the rollup reader sums them grouped by hour (as anomaly scans and blended hours do), in hour order.</summary>
    private async Task<long[]> HourlyRequestsAsync(Guid organizationId, DateTime day)
    {
        await using var scope = api.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<IAppDbContext>().UseOrganization(organizationId);
        var window = new AnalyticsWindow(new DateTimeOffset(day).ToUnixTimeMilliseconds(), new DateTimeOffset(day.AddDays(1)).ToUnixTimeMilliseconds());
        var sums = await scope.ServiceProvider.GetRequiredService<UsageRollupReader>().SumAsync(new AnalyticsFilter(), window,
            new UsageGrouping(UsageGrouping.Hour), CancellationToken.None);
        return [.. sums.OrderBy(s => s.Period).Select(s => s.Requests)];
    }
}
