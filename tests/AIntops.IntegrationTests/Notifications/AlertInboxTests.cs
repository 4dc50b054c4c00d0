using System.Net;
using System.Text.Json.Nodes;
using AIntops.Domain.Notifications;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Notifications;

/// <summary>The alerts inbox: newest first, filters, cursor pages, unread count, acknowledging by any member.</summary>
public sealed class AlertInboxTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Alerts_are_listed_newest_first_filtered_and_paged()
    {
        var owner = await api.SignupOwnerAsync();
        var ids = new List<Guid>();
        foreach (var type in new[] { AlertTypes.Anomaly, AlertTypes.BudgetWarning, AlertTypes.Anomaly })
        {
            ids.Add((await api.RaiseAlertAsync(owner.OrganizationId, type)).AlertId);
            api.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var all = await ItemsAsync(owner, "/v1/alerts");
        var anomalies = await ItemsAsync(owner, "/v1/alerts?type=anomaly");
        var firstPage = await owner.Client.GetJsonAsync("/v1/alerts?limit=2");
        var secondPage = await owner.Client.GetJsonAsync($"/v1/alerts?limit=2&before={firstPage.Text("nextBefore")}");

        Assert.Equal(Enumerable.Reverse(ids), all.Select(IdOf));
        Assert.Equal([ids[2], ids[0]], anomalies.Select(IdOf));
        Assert.Equal([ids[2], ids[1]], firstPage["items"]!.AsArray().Select(a => IdOf(a!)));
        Assert.Equal([ids[0]], secondPage["items"]!.AsArray().Select(a => IdOf(a!)));
        Assert.Null(secondPage["nextBefore"]?.GetValue<string>());
        var alert = all[0];
        Assert.Equal(("anomaly", "warning", false), (alert.Text("type"), alert.Text("severity"), alert["acknowledged"]!.GetValue<bool>()));
        Assert.Empty(alert["deliveries"]!.AsArray());
    }

    [Fact]
    public async Task Any_member_acknowledges_and_the_unread_count_follows()
    {
        var owner = await api.SignupOwnerAsync();
        var member = await api.AddMemberAsync(owner, "member");
        var first = (await api.RaiseAlertAsync(owner.OrganizationId)).AlertId;
        await api.RaiseAlertAsync(owner.OrganizationId, AlertTypes.ProviderSyncFailure);
        await api.RaiseAlertAsync(owner.OrganizationId, AlertTypes.Recommendation);
        Assert.Equal(3, await UnreadAsync(member));

        var response = await member.Client.PostAsync($"/v1/alerts/{first}/acknowledge", null);

        await response.ExpectAsync(HttpStatusCode.OK);
        var acknowledged = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(acknowledged["acknowledged"]!.GetValue<bool>());
        Assert.Equal(member.UserId, acknowledged["acknowledgedByUserId"]!.GetValue<Guid>());
        Assert.Equal(2, await UnreadAsync(owner));
        Assert.Equal([first], (await ItemsAsync(owner, "/v1/alerts?unread=false")).Select(IdOf));
        Assert.DoesNotContain(first, (await ItemsAsync(owner, "/v1/alerts?unread=true")).Select(IdOf));

        api.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = JsonNode.Parse(await (await owner.Client.PostAsync($"/v1/alerts/{first}/acknowledge", null)).Content.ReadAsStringAsync())!;
        Assert.Equal(member.UserId, again["acknowledgedByUserId"]!.GetValue<Guid>());
        Assert.Equal(acknowledged["acknowledgedAt"]!.GetValue<DateTime>(), again["acknowledgedAt"]!.GetValue<DateTime>());
    }

    [Fact]
    public async Task Acknowledge_all_marks_only_the_callers_organization_read()
    {
        var owner = await api.SignupOwnerAsync();
        var other = await api.SignupOwnerAsync();
        await api.RaiseAlertAsync(owner.OrganizationId);
        await api.RaiseAlertAsync(owner.OrganizationId);
        await api.RaiseAlertAsync(other.OrganizationId);

        var done = await owner.Client.PostAsync("/v1/alerts/acknowledge-all", null);

        await done.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, JsonNode.Parse(await done.Content.ReadAsStringAsync())!["count"]!.GetValue<int>());
        Assert.Equal(0, await UnreadAsync(owner));
        Assert.Equal(1, await UnreadAsync(other));
    }

    [Theory]
    [InlineData("/v1/alerts?type=weather", "type")]
    [InlineData("/v1/alerts?limit=0", "limit")]
    [InlineData("/v1/alerts?before=yesterday", "before")]
    public async Task Bad_filters_are_400_naming_the_parameter(string url, string field)
    {
        var owner = await api.SignupOwnerAsync();

        var problem = await (await owner.Client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
    }

    private static async Task<int> UnreadAsync(SignedIn user) => (await user.Client.GetJsonAsync("/v1/alerts/unread-count"))["count"]!.GetValue<int>();

    private static async Task<List<JsonNode>> ItemsAsync(SignedIn user, string url) =>
        (await user.Client.GetJsonAsync(url))["items"]!.AsArray().Select(a => a!).ToList();

    private static Guid IdOf(JsonNode alert) => alert["id"]!.GetValue<Guid>();
}
