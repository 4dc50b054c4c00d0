using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Organizations;

public sealed class OrganizationUsageTests(OrganizationUsageTests.SmallFreePlanFactory factory) : IClassFixture<OrganizationUsageTests.SmallFreePlanFactory>
{
    public sealed class SmallFreePlanFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Plans:MonthlyRequests:Free"] = "3" };
    }

    [Fact]
    public async Task Usage_counts_what_ingest_accepted_this_month_single_and_batch_without_duplicates()
    {
        var owner = await factory.SignupOwnerAsync();
        var other = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var sender = factory.CreateClient().WithApiKey(key);

        await sender.IngestAsync(IngestApi.Event("first"));
        await sender.IngestAsync(IngestApi.Event("first"));
        var batch = await sender.PostAsJsonAsync("/v1/ingest/batch", new { events = new[] { IngestApi.Event("first"), IngestApi.Event(), IngestApi.Event() } });
        await batch.ExpectAsync(HttpStatusCode.OK);

        var usage = await owner.Client.GetJsonAsync("/v1/organization/usage");
        Assert.Equal(3, usage["requestsUsed"]!.GetValue<long>());
        Assert.Equal((await factory.TotalsAsync(owner.OrganizationId)).RawRows, usage["requestsUsed"]!.GetValue<long>());
        Assert.Equal("enterprise", usage.Text("plan"));
        Assert.Null(usage["monthlyRequestLimit"]);
        Assert.Null(usage["percentUsed"]);
        Assert.False(usage["limitReached"]!.GetValue<bool>());
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1), usage["resetsAt"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal(0, (await other.Client.GetJsonAsync("/v1/organization/usage"))["requestsUsed"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_limit_is_reached_exactly_when_ingest_answers_402_and_every_member_can_read_it()
    {
        var owner = await factory.SignupOwnerAsync();
        var member = await factory.AddMemberAsync(owner);
        await (await owner.Client.PatchAsJsonAsync("/v1/organization", new { plan = "free" })).ExpectAsync(HttpStatusCode.NoContent);
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var sender = factory.CreateClient().WithApiKey(key);

        for (var sent = 0; sent < 3; sent++)
        {
            var before = await member.Client.GetJsonAsync("/v1/organization/usage");
            Assert.False(before["limitReached"]!.GetValue<bool>());
            Assert.Equal(Math.Round(sent * 100.0 / 3, 1), before["percentUsed"]!.GetValue<double>());
            await sender.IngestAsync(IngestApi.Event());
        }
        var usage = await member.Client.GetJsonAsync("/v1/organization/usage");
        await sender.IngestAsync(IngestApi.Event(), HttpStatusCode.PaymentRequired);

        Assert.True(usage["limitReached"]!.GetValue<bool>());
        Assert.Equal(("free", 3L, 3L, 100.0), (usage.Text("plan"), usage["requestsUsed"]!.GetValue<long>(),
            usage["monthlyRequestLimit"]!.GetValue<long>(), usage["percentUsed"]!.GetValue<double>()));
        Assert.Equal(3, (await owner.Client.GetJsonAsync("/v1/organization"))["monthlyRequestLimit"]!.GetValue<long>());

        await (await owner.Client.PatchAsJsonAsync("/v1/organization", new { plan = "starter" })).ExpectAsync(HttpStatusCode.NoContent);
        Assert.False((await member.Client.GetJsonAsync("/v1/organization/usage"))["limitReached"]!.GetValue<bool>());
        await sender.IngestAsync(IngestApi.Event());
    }

    [Fact]
    public async Task The_plans_table_is_smallest_first_with_the_configured_limit_and_features_not_enforced_by_default()
    {
        var member = await factory.SignupOwnerAsync();

        var plans = await member.Client.GetJsonAsync("/v1/plans");

        Assert.False(plans["enforceFeatures"]!.GetValue<bool>());
        var rows = plans["plans"]!.AsArray();
        Assert.Equal(["free", "starter", "pro", "team", "enterprise"], rows.Select(p => p!.Text("name")));
        var table = rows.Select(p => p!["includes"]!.AsObject()).ToList();
        Assert.Equal(3, table[0]["monthlyRequests"]!.GetValue<long>());
        Assert.Equal(100_000, table[1]["monthlyRequests"]!.GetValue<long>());
        Assert.All(["monthlyRequests", "providerConnections", "members", "notificationChannels"], count => Assert.Null(table[4][count]));
        Assert.False(table[0]["hardStopBudgets"]!.GetValue<bool>());
        Assert.True(table[4]["hardStopBudgets"]!.GetValue<bool>() && table[4]["requestContent"]!.GetValue<bool>());
    }
}
