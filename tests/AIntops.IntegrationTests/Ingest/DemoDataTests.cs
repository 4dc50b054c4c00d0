using Microsoft.EntityFrameworkCore;
using System.Net;
using AIntops.Domain.Activity;
using AIntops.Domain.Ingest;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Ingest;

public sealed class DemoDataTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Demo_data_is_a_realistic_week_with_exact_rollups_and_no_plan_usage()
    {
        var owner = await factory.SignupOwnerAsync();
        var onboardingBefore = (await owner.Client.GetJsonAsync("/v1/onboarding")).ToJsonString();
        var now = factory.Clock.GetUtcNow().UtcDateTime;

        var loaded = await owner.Client.LoadDemoDataAsync();

        Assert.Equal(500, loaded["inserted"]!.GetValue<int>());
        var (from, to) = (loaded["from"]!.GetValue<DateTime>(), loaded["to"]!.GetValue<DateTime>());
        Assert.InRange(from, now.AddDays(-7).AddSeconds(-1), to);
        Assert.InRange(to, from, now.AddSeconds(1));
        var rows = await factory.RawEventsAsync(owner.OrganizationId);
        Assert.Equal(500, rows.Count);
        Assert.All(rows, r => Assert.Equal((DataModes.Demo, owner.UserId, (Guid?)null), (r.DataMode, r.Labels.SentByUserId, r.Labels.ApiKeyId)));
        Assert.True(rows.Select(r => r.Labels.Model).Distinct().Count() >= 5);
        Assert.Contains(rows, r => !r.PriceKnown);
        Assert.Contains(rows, r => r.PriceKnown && r.CostNanoUsd > 0);
        Assert.Contains(rows, r => r.Labels.Team is null);
        Assert.True(rows.Select(r => r.Labels.Team).Distinct().Count() >= 3);
        Assert.True(rows.Select(r => r.Labels.EndpointTag).Distinct().Count() >= 3);
        Assert.Contains(rows, r => r.Labels.PromptVersion is not null);
        Assert.True(rows.Select(r => r.Labels.EndUserId).Distinct().Count() >= 10);
        Assert.Contains(rows, r => r.Status == CallStatuses.Error && r.ErrorCode is not null);
        Assert.Contains(rows, r => r.CachedInputTokens > 0);

        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
        var totals = await factory.TotalsAsync(owner.OrganizationId);
        Assert.Equal((500L, rows.Sum(r => r.CostNanoUsd), (long)rows.Count(r => !r.PriceKnown)), (totals.Requests, totals.CostNanoUsd, totals.Unpriced));
        Assert.Equal(0, await factory.PlanUsageAsync(owner.OrganizationId));
        Assert.Equal(onboardingBefore, (await owner.Client.GetJsonAsync("/v1/onboarding")).ToJsonString());
        Assert.Contains("demo_data_loaded", (await owner.Client.ActivityAsync()).Types);
    }

    [Fact]
    public async Task Loading_again_adds_a_second_set_with_new_ids()
    {
        var owner = await factory.SignupOwnerAsync();

        await owner.Client.LoadDemoDataAsync();
        await owner.Client.LoadDemoDataAsync();

        var rows = await factory.RawEventsAsync(owner.OrganizationId);
        Assert.Equal(1000, rows.Select(r => r.Id).Distinct().Count());
        Assert.Equal(1000, rows.Select(r => r.ExternalRequestId).Distinct().Count());
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
    }

    [Fact]
    public async Task Demo_data_leaves_real_plan_usage_as_it_was()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var sender = factory.CreateClient().WithApiKey(key);
        await sender.IngestAsync(IngestApi.Event());

        await owner.Client.LoadDemoDataAsync();
        await sender.IngestAsync(IngestApi.Event());

        Assert.Equal(2, await factory.PlanUsageAsync(owner.OrganizationId));
    }

    [Fact]
    public async Task Admins_may_load_demo_data_and_members_may_not()
    {
        var owner = await factory.SignupOwnerAsync();
        var admin = await factory.AddMemberAsync(owner, "admin");
        var member = await factory.AddMemberAsync(owner, "member");

        await admin.Client.LoadDemoDataAsync();
        await (await member.Client.PostAsync("/v1/ingest/demo", null)).ExpectProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(500, (await factory.RawEventsAsync(owner.OrganizationId)).Count);
    }

    [Fact]
    public async Task An_ingest_api_key_loads_demo_data_and_reads_the_checklist_of_its_organization_as_the_person_who_created_it()
    {
        var owner = await factory.SignupOwnerAsync();
        var other = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var app = factory.CreateClient().WithApiKey(key);

        await (await app.PostAsync("/v1/ingest/demo", null)).ExpectAsync(HttpStatusCode.OK);
        var checklist = await app.GetJsonAsync("/v1/ingest/checklist");

        Assert.Equal(500, (await factory.RawEventsAsync(owner.OrganizationId)).Count);
        Assert.Empty(await factory.RawEventsAsync(other.OrganizationId));
        Assert.Equal(owner.UserId, await factory.WithDbAsync(db => db.ActivityEvents.Where(a => a.Type == ActivityTypes.DemoDataLoaded)
            .Select(a => a.ActorUserId).SingleAsync(), owner.OrganizationId));
        Assert.Equal((await owner.Client.GetJsonAsync("/v1/ingest/checklist")).ToJsonString(), checklist.ToJsonString());
        await (await factory.CreateClient().WithApiKey($"aik_{Guid.NewGuid():N}").PostAsync("/v1/ingest/demo", null))
            .ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await (await factory.CreateClient().GetAsync("/v1/ingest/checklist")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        // The key's demo data is its creator's: "mine" clears it.
        await (await owner.Client.DeleteAsync("/v1/ingest/demo-data?scope=mine")).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(await factory.RawEventsAsync(owner.OrganizationId));
    }
}
