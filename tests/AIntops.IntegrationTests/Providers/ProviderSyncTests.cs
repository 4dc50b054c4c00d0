extern alias MockProviders;
using System.Net;
using AIntops.Api.Jobs;
using AIntops.Application.Providers;
using AIntops.Domain.Providers;
using AIntops.IntegrationTests.Support;
using MockProviders::AIntops.MockProviders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AIntops.IntegrationTests.Providers;

/// <summary>The sync against the real mock provider server: backfill, idempotent re-syncs, and failures kept to their connection.</summary>
public sealed class ProviderSyncTests(ProviderApiFactory api) : IClassFixture<ProviderApiFactory>
{
    private sealed record Totals(long Input, long Output, long Requests, long CostNanoUsd);

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task The_first_sync_backfills_30_days_and_re_syncing_never_double_counts(string provider)
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.ConnectOkAsync(api, provider)).IdOf();

        var synced = await owner.Client.WaitForSyncAsync(id);

        Assert.Equal("ok", synced.StatusOf());
        var today = api.Clock.GetUtcNow().UtcDateTime.Date;
        Assert.Equal(today.AddDays(-29), synced["dataFrom"]!.GetValue<DateTime>());
        Assert.True(synced["dataTo"]!.GetValue<DateTime>() >= today, synced.ToJsonString());
        Assert.Equal(synced["backfillDaysTotal"]!.GetValue<int>(), synced["backfillDaysDone"]!.GetValue<int>());
        Assert.Equal(30, synced["backfillDaysTotal"]!.GetValue<int>());
        var expected = await MockTotalsAsync(provider, today.AddDays(-29), today);
        Assert.Equal(expected, await StoredTotalsAsync(owner.OrganizationId, id, today));
        var allRows = Sum(await api.StoredUsageAsync(owner.OrganizationId, id));

        for (var resync = 0; resync < 2; resync++)
        {
            await (await owner.Client.PostAsync($"/v1/providers/{id}/sync", null)).ExpectAsync(HttpStatusCode.Accepted);
            await owner.Client.WaitForSyncAsync(id);
        }

        Assert.Equal(expected, await StoredTotalsAsync(owner.OrganizationId, id, today));
        Assert.Equal(allRows, Sum(await api.StoredUsageAsync(owner.OrganizationId, id)));
    }

    [Fact]
    public async Task Sync_now_answers_202_with_the_connection_syncing()
    {
        var owner = await api.SignupOwnerAsync();
        var id = (await owner.Client.ConnectOkAsync(api, "anthropic")).IdOf();
        await owner.Client.WaitForSyncAsync(id);

        var response = await owner.Client.PostAsync($"/v1/providers/{id}/sync", null);

        await response.ExpectAsync(HttpStatusCode.Accepted);
        var state = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("syncing", state.StatusOf());
        Assert.Equal("ok", (await owner.Client.WaitForSyncAsync(id)).StatusOf());
    }

    [Fact]
    public async Task Two_connections_backfilled_together_both_finish_and_their_history_is_analysed_without_an_error()
    {
        var owner = await api.SignupOwnerAsync();
        api.Logs.Enabled = true;
        try
        {
            var connections = await Task.WhenAll(owner.Client.ConnectOkAsync(api, "openai"), owner.Client.ConnectOkAsync(api, "anthropic"));
            foreach (var connection in connections) Assert.Equal("ok", (await owner.Client.WaitForSyncAsync(connection.IdOf())).StatusOf());
        }
        finally
        {
            api.Logs.Enabled = false;
        }

        Assert.DoesNotContain(api.Logs.Lines, line => line.StartsWith("Error") && line.Contains(owner.OrganizationId.ToString()));
        var recommendations = (await owner.Client.GetJsonAsync("/v1/recommendations"))["items"]!.AsArray();
        Assert.NotEmpty(recommendations);
    }

    [Fact]
    public async Task A_failing_connection_records_its_error_and_the_hourly_job_still_syncs_the_others()
    {
        var owner = await api.SignupOwnerAsync();
        var failing = (await owner.Client.ConnectOkAsync(api, "openai")).IdOf();
        var healthy = (await owner.Client.ConnectOkAsync(api, "anthropic")).IdOf();
        await owner.Client.WaitForSyncAsync(failing);
        await owner.Client.WaitForSyncAsync(healthy);
        var healthyRows = (await api.StoredUsageAsync(owner.OrganizationId, healthy)).Count;
        // Yesterday's and today's cost rows: a later sync fetches costs again from the day before its usage window, and the mock's
        // recent hours can be idle (nights, a maintenance window) while a whole day never is.
        var recentMs = new DateTimeOffset(api.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-1)).ToUnixTimeMilliseconds();
        Assert.True(await api.WithDbAsync(db => db.ProviderUsage
            .Where(u => u.ConnectionId == healthy && u.Kind == ProviderUsageKind.Cost && u.BucketStartMs >= recentMs).ExecuteDeleteAsync(), owner.OrganizationId) > 0);
        await api.AddFaultAsync(new { provider = "openai", status = 500 });
        try
        {
            var scheduler = await api.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.TriggerJob(ProviderSyncJob.Key);

            var failed = await owner.Client.WaitForSyncAsync(failing, c => c.StatusOf() == "error");
            Assert.Equal("OpenAI did not answer as its admin API does (an error, or a body that could not be read). Check the base URL, or try again later.",
                failed["lastError"]!.GetValue<string>());
            var alerts = new System.Text.Json.Nodes.JsonArray();
            await ProviderApi.EventuallyAsync(async () => (alerts = (await owner.Client.GetJsonAsync("/v1/alerts?type=provider_sync_failure"))["items"]!.AsArray()).Count > 0,
                () => "No provider_sync_failure alert was raised.");
            var alert = Assert.Single(alerts)!;
            Assert.Equal(failing, alert["providerConnectionId"]!.GetValue<Guid>());
            Assert.Equal("warning", alert["severity"]!.GetValue<string>());
            Assert.Contains("did not answer as its admin API does", alert["message"]!.GetValue<string>());
            await ProviderApi.EventuallyAsync(async () => (await api.StoredUsageAsync(owner.OrganizationId, healthy)).Count == healthyRows,
                () => "The healthy connection's recent rows were not synced again.");
            Assert.Equal("ok", (await owner.Client.ConnectionAsync(healthy)).StatusOf());
        }
        finally
        {
            await api.ClearFaultsAsync();
        }

        await (await owner.Client.PostAsync($"/v1/providers/{failing}/sync", null)).ExpectAsync(HttpStatusCode.Accepted);
        var recovered = await owner.Client.WaitForSyncAsync(failing);
        Assert.Equal("ok", recovered.StatusOf());
        Assert.Null(recovered["lastError"]?.GetValue<string>());
    }

    /// <summary>What the mock itself reports for [from, to), asked in daily buckets (the sync stores hourly ones).</summary>
    private async Task<Totals> MockTotalsAsync(string provider, DateTime from, DateTime to)
    {
        var client = api.Services.GetServices<IProviderUsageClient>().For(provider);
        var (credentials, baseUrl) = provider == "openai"
            ? (new ProviderCredentials(MockKeys.OpenAi), new Uri(api.OpenAiBaseUrl))
            : (new ProviderCredentials(MockKeys.Anthropic), new Uri(api.AnthropicBaseUrl));
        var usage = await client.FetchUsageAsync(credentials, baseUrl, from, to, UsageBucketWidth.Day, CancellationToken.None);
        var costs = await client.FetchCostsAsync(credentials, baseUrl, from, to, CancellationToken.None);
        return new Totals(usage.Sum(u => u.InputTokens), usage.Sum(u => u.OutputTokens), usage.Sum(u => u.Requests ?? 0),
            costs.Sum(c => c.CostNanoUsd ?? 0));
    }

    private async Task<Totals> StoredTotalsAsync(Guid organizationId, Guid connectionId, DateTime before)
    {
        var beforeMs = new DateTimeOffset(before, TimeSpan.Zero).ToUnixTimeMilliseconds();
        return Sum((await api.StoredUsageAsync(organizationId, connectionId)).Where(u => u.BucketStartMs < beforeMs));
    }

    private static Totals Sum(IEnumerable<ProviderUsage> rows)
    {
        var list = rows.ToList();
        var usage = list.Where(u => u.Kind == ProviderUsageKind.Usage).ToList();
        return new Totals(usage.Sum(u => u.UncachedInputTokens + u.CachedInputTokens + u.CacheWrite5mTokens + u.CacheWrite1hTokens),
            usage.Sum(u => u.OutputTokens), usage.Sum(u => u.Requests ?? 0),
            list.Where(u => u.Kind == ProviderUsageKind.Cost).Sum(u => u.CostNanoUsd));
    }
}
