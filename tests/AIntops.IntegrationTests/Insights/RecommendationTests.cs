using System.Net;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;
using static AIntops.IntegrationTests.Support.InsightsApi;

namespace AIntops.IntegrationTests.Insights;

/// <summary>
/// Traffic of the last weeks that each calculator has something to say about: short reliable gpt-4o calls (downgrade), long
/// prompts with short answers (compression, caching of large inputs, and a cheaper equivalent at Google), one prompt sent 50 times (caching).
/// </summary>
public sealed class RecommendationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private DateTime Now => api.Clock.GetUtcNow().UtcDateTime;

    private IEnumerable<object> Traffic() =>
        Enumerable.Range(0, 400).Select(i => Call(Now.AddHours(-1 - i), "gpt-4o", 1_500, 400, endpointTag: "checkout.summary"))
            .Concat(Enumerable.Range(0, 150).Select(i => Call(Now.AddHours(-2 - i), "gpt-4o", 12_000, 300, endpointTag: "docs.summarize")))
            .Concat(Enumerable.Range(0, 50).Select(i => Call(Now.AddHours(-3 - i), "gpt-4o", 20_000, 100, endpointTag: "support.reply", promptHash: "p-123")));

    [Fact]
    public async Task Every_calculator_finds_its_recommendation_with_its_saving_and_an_alert()
    {
        var owner = await SignupWithTrafficAsync();

        var run = await owner.Client.PostJsonAsync("/v1/recommendations/generate");

        var list = await owner.Client.GetJsonAsync("/v1/recommendations");
        var items = list["items"]!.AsArray().Select(i => i!).ToList();
        Assert.Equal(items.Count, run["created"]!.GetValue<int>());
        Assert.Equal(["caching", "model_downgrade", "prompt_compression", "provider_switch"], items.Select(i => i.Text("type")).Distinct().Order());
        Assert.Contains(items, i => i.Text("type") == "caching" && i.Text("title").Contains("p-123"));
        Assert.Equal(items.Select(i => i.Usd("savingUsd")).OrderDescending(), items.Select(i => i.Usd("savingUsd")));
        Assert.Equal(items.Sum(i => i.Usd("monthlySavingUsd")), list.Usd("openMonthlySavingUsd"));

        // 400 calls of 1,500 input and 400 output tokens over the 30 days, at gpt-4o ($2.50/M in, $10/M out) and gpt-4o-mini ($0.15/M, $0.60/M).
        var downgrade = items.Single(i => i.Text("type") == "model_downgrade");
        var expected = (400 * 1_500 * (2.50m - 0.15m) + 400 * 400 * (10m - 0.60m)) / 1_000_000m;
        Assert.Equal(2.914m, expected);
        Assert.Equal(expected, downgrade.Usd("monthlySavingUsd"));
        Assert.Equal(("monthly", "open"), (downgrade.Text("savingBasis"), downgrade.Text("status")));
        Assert.Contains(downgrade["evidence"]!.AsArray(), e => e!.Text("name") == "substituteModel" && e!.Text("value") == "gpt-4o-mini");
        var alerts = (await owner.Client.GetJsonAsync("/v1/alerts?type=recommendation&limit=200"))["items"]!.AsArray();
        Assert.Equal(items.Select(i => i!["id"]!.GetValue<Guid>()).Order(), alerts.Select(a => a!["recommendationId"]!.GetValue<Guid>()).Order());
        Assert.Single((await owner.Client.GetJsonAsync("/v1/recommendations?type=model_downgrade"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Runs_again_update_open_ones_and_never_reopen_dismissed_ones()
    {
        var owner = await SignupWithTrafficAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync("more");
        var total = (await owner.Client.PostJsonAsync("/v1/recommendations/generate"))["created"]!.GetValue<int>();
        var first = await ByTypeAsync(owner);

        var rerun = await owner.Client.PostJsonAsync("/v1/recommendations/generate");
        Assert.Equal((0, 0), (rerun["created"]!.GetValue<int>(), rerun["updated"]!.GetValue<int>()));

        var dismissed = await owner.Client.PostJsonAsync($"/v1/recommendations/{first["model_downgrade"]}/dismiss");
        Assert.Equal(("dismissed", owner.UserId), (dismissed.Text("status"), dismissed["statusChangedByUserId"]!.GetValue<Guid>()));
        var applied = await owner.Client.PostJsonAsync($"/v1/recommendations/{first["provider_switch"]}/apply");
        Assert.Equal("applied", applied.Text("status"));
        await api.SendBatchesAsync(key, Enumerable.Range(0, 100).SelectMany(i => new[]
        {
            Call(Now.AddHours(-5 - i), "gpt-4o", 1_500, 400, endpointTag: "checkout.summary"),
            Call(Now.AddHours(-5 - i), "gpt-4o", 12_000, 300, endpointTag: "docs.summarize"),
        }));

        var third = await owner.Client.PostJsonAsync("/v1/recommendations/generate");

        Assert.Equal(0, third["created"]!.GetValue<int>());
        Assert.True(third["updated"]!.GetValue<int>() >= 1);
        Assert.Equal("dismissed", (await owner.Client.GetJsonAsync($"/v1/recommendations/{first["model_downgrade"]}")).Text("status"));
        Assert.Equal(dismissed.Usd("savingUsd"), (await owner.Client.GetJsonAsync($"/v1/recommendations/{first["model_downgrade"]}")).Usd("savingUsd"));
        Assert.Equal("applied", (await owner.Client.GetJsonAsync($"/v1/recommendations/{first["provider_switch"]}")).Text("status"));
        var open = (await owner.Client.GetJsonAsync("/v1/recommendations"))["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToList();
        Assert.DoesNotContain(first["model_downgrade"], open);
        Assert.DoesNotContain(first["provider_switch"], open);
        Assert.Single((await owner.Client.GetJsonAsync("/v1/recommendations?status=dismissed"))["items"]!.AsArray());
        Assert.Equal(total, (await owner.Client.GetJsonAsync("/v1/recommendations?status=all"))["items"]!.AsArray().Count);
        Assert.Equal(total, (await owner.Client.GetJsonAsync("/v1/alerts?type=recommendation&limit=200"))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Members_read_but_neither_dismiss_apply_nor_generate()
    {
        var owner = await SignupWithTrafficAsync();
        var member = await api.AddMemberAsync(owner);
        await owner.Client.PostJsonAsync("/v1/recommendations/generate");
        var id = (await member.Client.GetJsonAsync("/v1/recommendations"))["items"]![0]!["id"]!.GetValue<Guid>();

        await (await member.Client.PostAsync($"/v1/recommendations/{id}/dismiss", null)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PostAsync($"/v1/recommendations/{id}/apply", null)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PostAsync("/v1/recommendations/generate", null)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("open", (await member.Client.GetJsonAsync($"/v1/recommendations/{id}")).Text("status"));
        await (await member.Client.GetAsync("/v1/recommendations?status=closed")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.Client.GetAsync($"/v1/recommendations/{Guid.NewGuid()}")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<SignedIn> SignupWithTrafficAsync()
    {
        var owner = await api.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        await api.SendBatchesAsync(key, Traffic());
        return owner;
    }

    private static async Task<Dictionary<string, Guid>> ByTypeAsync(SignedIn owner) =>
        (await owner.Client.GetJsonAsync("/v1/recommendations"))["items"]!.AsArray()
        .Where(i => i!.Text("type") != "caching")
        .ToDictionary(i => i!.Text("type"), i => i!["id"]!.GetValue<Guid>());
}
