using AIntops.Application.Common.Interfaces;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Analytics;

/// <summary>
/// Settled days' sums (with today's settled hours, for the views of the per-user breakdown) outlive a restart, kept in the data folder;
/// an hour later today's are extended by the hour settled since, and a day later the days are slid to the new window: only the day it
/// dropped and the day it added are read from the rollups.
/// </summary>
public sealed class KeptSettledSumsTests
{
    [Theory]
    [InlineData("/v1/usage/explorer?range=7d&groupBy=model&dataMode=all")]
    [InlineData("/v1/usage/explorer?range=7d&groupBy=user&thenBy=model&dataMode=all")]
    public async Task A_restarted_host_reads_the_kept_sums_and_a_day_later_slides_them_until_a_late_event_arrives(string view)
    {
        await using var deployment = new RedeployedApi();
        var first = deployment.Start(new Dictionary<string, string?>());
        var owner = await first.SignupOwnerAsync();
        var ingest = first.CreateClient().WithApiKey((await owner.Client.CreateApiKeyAsync()).Key);
        var today = first.Clock.GetUtcNow().UtcDateTime.Date.AddDays(1);
        first.Clock.Advance(today.AddHours(10.5) - first.Clock.GetUtcNow());
        object[] Calls(int count, DateTime at) => [.. Enumerable.Range(0, count).Select(_ => IngestApi.Event(extra: new { timestamp = at, userId = "ada" }))];
        await ingest.IngestBatchAsync([.. Calls(1, today.AddDays(-6).AddHours(12)), .. Calls(2, today.AddDays(-3).AddHours(12)), .. Calls(4, today.AddHours(8)),
            .. Calls(8, today.AddHours(10.2))]);
        Assert.Equal(15, await RequestsAsync(owner.Client, view));

        await first.DisposeAsync();
        var second = deployment.Start(new Dictionary<string, string?>());
        // Behind the application's back, in a day the kept sums cover and in today's settled hour 08:00 (which the per-user view keeps
        // too; the other reads today live from the daily rollup): a host that summed the rollups again would see it.
        await Add100RequestsAsync(second, owner.OrganizationId, today.AddDays(-3));
        await AddToHourAsync(second, owner.OrganizationId, today.AddHours(8), 100);
        second.Clock.Advance(today.AddHours(10.5) - second.Clock.GetUtcNow());
        using var reader = second.CreateClient();
        reader.DefaultRequestHeaders.Authorization = owner.Client.DefaultRequestHeaders.Authorization;
        Assert.Equal(15, await RequestsAsync(reader, view));

        // An hour later the hour 10:00 has settled: the kept hours of today are extended by it alone.
        second.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(15, await RequestsAsync(reader, view));
        await AddToHourAsync(second, owner.OrganizationId, today.AddHours(8), -100);

        // A day later the window drops the day with 1 call and settles today's 12; the day of 2 still comes from the kept sums.
        second.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(14, await RequestsAsync(reader, view));

        await second.CreateClient().WithApiKey((await reader.CreateApiKeyAsync()).Key)
            .IngestAsync(IngestApi.Event(extra: new { timestamp = today.AddDays(-2), userId = "ada" }));
        Assert.Equal(115, await RequestsAsync(reader, view));
    }

    [Fact]
    public async Task A_restarted_host_warms_the_overview_of_recently_active_organizations_before_it_listens()
    {
        await using var deployment = new RedeployedApi();
        var first = deployment.Start(new Dictionary<string, string?>());
        var owner = await first.SignupOwnerAsync();
        await first.CreateClient().WithApiKey((await owner.Client.CreateApiKeyAsync()).Key)
            .IngestAsync(IngestApi.Event(extra: new { timestamp = first.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-3) }));
        Assert.Equal(1, await OverviewRequestsAsync(owner.Client));
        await first.DisposeAsync();

        var second = deployment.Start(new Dictionary<string, string?>());
        // Behind the application's back, after the start: the kept sums are gone and the rollups changed, so only sums read into
        // memory while the host started can still answer 1.
        Directory.Delete(Path.Combine(deployment.DataDirectory, "analytics-cache"), recursive: true);
        await Add100RequestsAsync(second, owner.OrganizationId, first.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-3));
        using var reader = second.CreateClient();
        reader.DefaultRequestHeaders.Authorization = owner.Client.DefaultRequestHeaders.Authorization;
        Assert.Equal(1, await OverviewRequestsAsync(reader));
    }

    private static async Task<long> OverviewRequestsAsync(HttpClient client) => (await client.GetJsonAsync("/v1/dashboard/overview"))["requests"]!.GetValue<long>();

    private static Task Add100RequestsAsync(ApiFactory api, Guid organizationId, DateTime day)
    {
        var (from, to) = (new DateTimeOffset(day).ToUnixTimeMilliseconds(), new DateTimeOffset(day.AddDays(1)).ToUnixTimeMilliseconds());
        return api.WithDbOfAnotherInstanceAsync(async db => await Add100Async(db, from, to), organizationId);
    }

    private static Task AddToHourAsync(ApiFactory api, Guid organizationId, DateTime hour, long requests)
    {
        var start = new DateTimeOffset(hour).ToUnixTimeMilliseconds();
        return api.WithDbOfAnotherInstanceAsync(db => db.UsageUserBreakdownHourly.Where(r => r.PeriodStartMs == start)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Requests, x => x.Requests + requests)), organizationId);
    }

    private static async Task<int> Add100Async(IAppDbContext db, long from, long to) =>
        await db.UsageDaily.Where(r => r.PeriodStartMs >= from && r.PeriodStartMs < to)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Requests, x => x.Requests + 100))
        + await db.UsageUserBreakdownHourly.Where(r => r.PeriodStartMs >= from && r.PeriodStartMs < to)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Requests, x => x.Requests + 100));

    private static async Task<long> RequestsAsync(HttpClient client, string view) =>
        (await client.GetJsonAsync(view))["rows"]!.AsArray().Sum(r => r!["requests"]!.GetValue<long>());
}
