using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.Domain.Providers;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace AIntops.IntegrationTests.Organizations;

/// <summary>With <c>Plans:EnforceFeatures</c> on, what a plan does not include is refused with 402 and nothing changes.</summary>
public sealed class PlanGateTests(PlanGateTests.EnforcedFactory factory) : IClassFixture<PlanGateTests.EnforcedFactory>
{
    public sealed class EnforcedFactory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Plans:EnforceFeatures"] = "true" };
    }

    private static object Slack() => new { type = "slack", name = $"Slack {Guid.NewGuid():N}"[..14], webhookUrl = "https://hooks.slack.com/services/T0/B0/X" };

    [Fact]
    public async Task New_organizations_start_on_free_and_the_table_says_features_are_enforced()
    {
        var owner = await factory.SignupOwnerAsync();

        Assert.Equal("free", (await owner.Client.GetJsonAsync("/v1/organization")).Text("plan"));
        Assert.True((await owner.Client.GetJsonAsync("/v1/plans"))["enforceFeatures"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_second_notification_channel_on_free_is_402_naming_starter_and_is_not_created()
    {
        var owner = await factory.SignupOwnerAsync();
        await owner.Client.CreateChannelOkAsync(Slack());

        var problem = await ExpectPlanFeatureAsync(await owner.Client.PostChannelAsync(Slack()), "starter");

        Assert.Contains("notification channels (at most 1)", problem.Text("detail"));
        Assert.Single((await owner.Client.GetJsonAsync("/v1/notification-channels")).AsArray());
    }

    [Fact]
    public async Task A_second_provider_connection_on_free_is_402_before_the_key_is_checked()
    {
        var owner = await factory.SignupOwnerAsync();
        await factory.WithDbAsync(async db =>
        {
            db.ProviderConnections.Add(new ProviderConnection(owner.OrganizationId, "openai", "OpenAI", "https://api.openai.com/v1", "sealed", "abcd",
                owner.UserId, factory.Clock.GetUtcNow().UtcDateTime));
            return await db.SaveChangesAsync();
        }, owner.OrganizationId);

        await ExpectPlanFeatureAsync(await owner.Client.ConnectAsync("anthropic", "sk-ant-admin01-ANY-KEY", null), "starter");
        Assert.Equal(1, await factory.WithDbAsync(db => db.ProviderConnections.CountAsync(), owner.OrganizationId));
    }

    [Fact]
    public async Task Members_and_open_invitations_beyond_the_plan_are_402()
    {
        var owner = await factory.SignupOwnerAsync();
        await factory.AddMemberAsync(owner);
        await owner.Client.InviteAsync(ApiClient.UniqueEmail());

        await ExpectPlanFeatureAsync(await owner.Client.PostInvitationAsync(ApiClient.UniqueEmail(), "member"), "starter");
        Assert.Single((await owner.Client.GetJsonAsync("/v1/invitations")).AsArray());
    }

    [Fact]
    public async Task Hard_stop_budgets_and_stored_request_content_need_pro_and_pass_once_on_it()
    {
        var owner = await factory.SignupOwnerAsync();
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget());

        await ExpectPlanFeatureAsync(await owner.Client.PostAsJsonAsync("/v1/budgets", BudgetApi.Budget(hardStop: true)), "pro");
        await ExpectPlanFeatureAsync(await owner.Client.PatchAsJsonAsync("/v1/organization", new { storeRequestContent = true }), "pro");
        Assert.Single((await owner.Client.GetJsonAsync("/v1/budgets")).AsArray());
        Assert.False((await owner.Client.GetJsonAsync("/v1/organization"))["storeRequestContent"]!.GetValue<bool>());

        await (await owner.Client.PatchAsJsonAsync("/v1/organization", new { plan = "pro" })).ExpectAsync(HttpStatusCode.NoContent);
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget(name: "Stop", hardStop: true));
        await (await owner.Client.PatchAsJsonAsync("/v1/organization", new { storeRequestContent = true })).ExpectAsync(HttpStatusCode.NoContent);
    }

    private static async Task<JsonObject> ExpectPlanFeatureAsync(HttpResponseMessage response, string requiredPlan)
    {
        var problem = await response.ExpectProblemAsync(HttpStatusCode.PaymentRequired);
        Assert.Equal(("plan_feature", "free", requiredPlan), (problem.Text("reason"), problem.Text("plan"), problem.Text("requiredPlan")));
        Assert.Contains($"upgrade to the {char.ToUpperInvariant(requiredPlan[0])}{requiredPlan[1..]} plan", problem.Text("detail"));
        return problem;
    }
}

/// <summary>Self-hosted (the default): new organizations are on Enterprise, and even a Free organization may use everything.</summary>
public sealed class PlanGateOffTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Nothing_is_refused_for_the_plan_when_features_are_not_enforced()
    {
        var owner = await factory.SignupOwnerAsync();
        Assert.Equal("enterprise", (await owner.Client.GetJsonAsync("/v1/organization")).Text("plan"));
        await (await owner.Client.PatchAsJsonAsync("/v1/organization", new { plan = "free" })).ExpectAsync(HttpStatusCode.NoContent);

        for (var i = 0; i < 2; i++)
            await owner.Client.CreateSlackChannelAsync("https://hooks.slack.com/services/T0/B0/X");
        await owner.Client.CreateBudgetAsync(BudgetApi.Budget(hardStop: true));
        foreach (var _ in Enumerable.Range(0, 3)) await owner.Client.InviteAsync(ApiClient.UniqueEmail());
        await (await owner.Client.PatchAsJsonAsync("/v1/organization", new { storeRequestContent = true })).ExpectAsync(HttpStatusCode.NoContent);
    }
}
