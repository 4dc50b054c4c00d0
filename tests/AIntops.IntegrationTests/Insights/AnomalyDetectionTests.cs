using System.Net;
using AIntops.Application.Anomalies.Detection;
using AIntops.Application.Pricing;
using AIntops.Application.Recommendations.Savings;
using AIntops.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using static AIntops.IntegrationTests.Support.InsightsApi;

namespace AIntops.IntegrationTests.Insights;

/// <summary>
/// Five weeks of steady hourly traffic ($2 an hour: one $1 gpt-4o call per team), then one hour in which team search
/// sends ten more $1 gpt-4o calls. Detection on the hour after it finds exactly that spike, once.
/// </summary>
public sealed class AnomalyDetectionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const long Input = 200_000;
    private const long Output = 50_000;

    private DateTime HourUnderTest => HourlySeries.FloorToHour(api.Clock.GetUtcNow().UtcDateTime).AddHours(-1);

    /// <summary>Each call costs $1 on gpt-4o: 200k input × $2.50/M + 50k output × $10/M.</summary>
    private IEnumerable<object> SteadyHours(int weeks) =>
        Enumerable.Range(1, weeks * 7 * 24).SelectMany(h => new[]
        {
            Call(HourUnderTest.AddHours(-h).AddMinutes(10), "gpt-4o", Input, Output, team: "search", endpointTag: "search.answer"),
            Call(HourUnderTest.AddHours(-h).AddMinutes(40), "gpt-4o", Input, Output, team: "support", endpointTag: "support.reply"),
        });

    [Fact]
    public async Task A_spike_driven_by_one_team_is_one_anomaly_with_its_driver_an_alert_and_a_substitution()
    {
        var owner = await api.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var spike = Enumerable.Range(0, 11).Select(i => Call(HourUnderTest.AddMinutes(5 + i), "gpt-4o", Input, Output, team: "search", endpointTag: "search.answer"))
            .Append(Call(HourUnderTest.AddMinutes(40), "gpt-4o", Input, Output, team: "support", endpointTag: "support.reply"));
        await api.SendBatchesAsync(key, SteadyHours(5).Concat(spike));

        var result = await owner.Client.PostJsonAsync("/v1/anomalies/detect");

        var created = result["created"]!;
        Assert.Equal(HourUnderTest, result["hourUtc"]!.GetValue<DateTime>());
        Assert.Equal(("organization", ""), (created.Text("scopeKind"), created.Text("scopeValue")));
        Assert.Equal((12m, 2m, 10m), (created.Usd("observedUsd"), created.Usd("expectedUsd"), created.Usd("excessUsd")));
        Assert.True(created["zScore"]!.GetValue<double>() >= 4);
        var driver = created["driver"]!;
        Assert.Equal(("team", "search"), (driver.Text("dimension"), driver.Text("value")));
        Assert.Equal((11m, 1m), (driver.Usd("observedUsd"), driver.Usd("expectedUsd")));

        var id = created["id"]!.GetValue<Guid>();
        var listed = await owner.Client.GetJsonAsync("/v1/anomalies");
        Assert.Equal(1, listed["total"]!.GetValue<int>());
        Assert.Equal(id, listed["items"]![0]!["id"]!.GetValue<Guid>());
        var alerts = (await owner.Client.GetJsonAsync("/v1/alerts?type=anomaly"))["items"]!.AsArray();
        var alert = Assert.Single(alerts)!;
        Assert.Equal(id, alert["anomalyId"]!.GetValue<Guid>());

        // The 12 gpt-4o calls of the hour (2.4M input, 600k output tokens) cost $12; on gpt-4o-mini ($0.15/M in, $0.60/M out) $0.72.
        var recommendation = await owner.Client.GetJsonAsync($"/v1/recommendations/{created["recommendationId"]!.GetValue<Guid>()}");
        var expected = Quote("gpt-4o", 12, new TokenUsage(12 * Input, 12 * Output));
        Assert.Equal(11.28m, NanoUsd.ToUsd(expected.SavingNanoUsd));
        Assert.Equal(("model_substitution", "anomaly", "gpt-4o-mini"), (recommendation.Text("type"), recommendation.Text("savingBasis"), expected.Substitute.Model));
        Assert.Equal(11.28m, recommendation.Usd("savingUsd"));
        Assert.Null(recommendation["monthlySavingUsd"]);
        Assert.Equal(id, recommendation["anomalyId"]!.GetValue<Guid>());
        Assert.Equal(recommendation["id"]!.GetValue<Guid>(), alert["recommendationId"]!.GetValue<Guid>());
        Assert.Contains((await owner.Client.GetJsonAsync("/v1/recommendations"))["items"]!.AsArray(), r => r!.Text("type") == "model_substitution");
        Assert.Equal(0m, (await owner.Client.GetJsonAsync("/v1/recommendations"))!.Usd("openMonthlySavingUsd"));

        var again = await owner.Client.PostJsonAsync("/v1/anomalies/detect");
        Assert.Null(again["created"]);
        Assert.Equal(1, (await owner.Client.GetJsonAsync("/v1/anomalies"))["total"]!.GetValue<int>());
        Assert.Single((await owner.Client.GetJsonAsync("/v1/alerts?type=anomaly"))["items"]!.AsArray());
        Assert.Equal(id, (await owner.Client.GetJsonAsync($"/v1/anomalies/{id}"))["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Steady_traffic_is_no_anomaly()
    {
        var owner = await api.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        await api.SendBatchesAsync(key, SteadyHours(5).Concat(
        [
            Call(HourUnderTest.AddMinutes(10), "gpt-4o", Input, Output, team: "search"), Call(HourUnderTest.AddMinutes(40), "gpt-4o", Input, Output, team: "support"),
        ]));

        var result = await owner.Client.PostJsonAsync("/v1/anomalies/detect");

        Assert.Null(result["created"]);
        Assert.True(result["scopesTested"]!.GetValue<int>() >= 1);
        Assert.Equal(0, (await owner.Client.GetJsonAsync("/v1/anomalies"))["total"]!.GetValue<int>());
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/alerts?type=anomaly"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Members_read_anomalies_but_do_not_run_detection()
    {
        var owner = await api.SignupOwnerAsync();
        var member = await api.AddMemberAsync(owner);

        await (await member.Client.PostAsync("/v1/anomalies/detect", null)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await member.Client.GetJsonAsync("/v1/anomalies?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z&limit=10&offset=0");
        await (await member.Client.GetAsync("/v1/anomalies?limit=0")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    private SubstituteQuote Quote(string model, long requests, TokenUsage tokens) =>
        SpikeSubstitution.Quote(new SavingsContext(new OrganizationPriceList(api.Services.GetRequiredService<PriceCatalog>(), []),
            api.Services.GetRequiredService<ModelEquivalences>(), HourUnderTest, new SavingsOptions()), model, requests, tokens)!;
}
