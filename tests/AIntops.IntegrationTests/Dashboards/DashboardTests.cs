using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Dashboards;

public sealed class DashboardTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static object Layout(string name = "Team costs") => new
    {
        name,
        widgets = new object[]
        {
            new { type = "spend_over_time", x = 0, y = 0, width = 8, height = 4, config = new { interval = "week", splitBy = "model" } },
            new { type = "latency", x = 8, y = 0, width = 4, height = 4 },
        },
    };

    [Fact]
    public async Task A_dashboard_is_created_saved_read_back_and_deleted()
    {
        var owner = await factory.SignupOwnerAsync();
        var created = await owner.Client.PostAsJsonAsync("/v1/dashboards", Layout());
        await created.ExpectAsync(HttpStatusCode.Created);
        var dashboard = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var id = dashboard["id"]!.GetValue<Guid>();
        Assert.Equal($"/v1/dashboards/{id}", created.Headers.Location!.ToString());
        Assert.Equal("week", dashboard["widgets"]![0]!["config"]!["interval"]!.GetValue<string>());

        var moved = new
        {
            name = "Renamed",
            widgets = new object[] { new { type = "latency", x = 0, y = 0, width = 6, height = 3 }, new { type = "cost_per_model", x = 6, y = 0, width = 6, height = 5 } },
        };
        (await owner.Client.PutAsJsonAsync($"/v1/dashboards/{id}", moved)).EnsureSuccessStatusCode();
        var read = await owner.Client.GetJsonAsync($"/v1/dashboards/{id}");
        Assert.Equal("Renamed", read["name"]!.GetValue<string>());
        Assert.Equal(["latency 0,0 6x3", "cost_per_model 6,0 6x5"],
            read["widgets"]!.AsArray().Select(w => $"{w!["type"]} {w["x"]},{w["y"]} {w["width"]}x{w["height"]}"));
        Assert.Equal(2, (await owner.Client.GetJsonAsync("/v1/dashboards")).AsArray().Count);

        await (await owner.Client.DeleteAsync($"/v1/dashboards/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        await owner.Client.GetJsonAsync($"/v1/dashboards/{id}", HttpStatusCode.NotFound);
        Assert.Contains("dashboard_created", (await owner.Client.ActivityAsync()).Types);
    }

    [Fact]
    public async Task Bad_layouts_are_refused_field_by_field()
    {
        var owner = await factory.SignupOwnerAsync();
        var response = await owner.Client.PostAsJsonAsync("/v1/dashboards", new
        {
            name = "",
            widgets = new object[] { new { type = "pie", x = 10, y = 0, width = 4, height = 0, config = "nope" } },
        });
        await response.ExpectAsync(HttpStatusCode.BadRequest);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(e => e.Key).Order().ToList();
        Assert.Equal(["name", "widgets[0].config", "widgets[0].height", "widgets[0].type", "widgets[0].width"], errors);
        Assert.Single((await owner.Client.GetJsonAsync("/v1/dashboards")).AsArray());
    }

    [Fact]
    public async Task Members_read_only_the_default_stays_and_other_organizations_see_nothing()
    {
        var owner = await factory.SignupOwnerAsync();
        var member = await factory.AddMemberAsync(owner);
        var defaultId = (await member.Client.GetJsonAsync("/v1/dashboards")).AsArray().Single()!["id"]!.GetValue<Guid>();

        await (await member.Client.PostAsJsonAsync("/v1/dashboards", Layout())).ExpectAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PutAsJsonAsync($"/v1/dashboards/{defaultId}", Layout())).ExpectAsync(HttpStatusCode.Forbidden);
        await (await owner.Client.DeleteAsync($"/v1/dashboards/{defaultId}")).ExpectAsync(HttpStatusCode.Conflict);

        var stranger = await factory.SignupOwnerAsync();
        await stranger.Client.GetJsonAsync($"/v1/dashboards/{defaultId}", HttpStatusCode.NotFound);
        await (await stranger.Client.PutAsJsonAsync($"/v1/dashboards/{defaultId}", Layout())).ExpectAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/v1/dashboards/{defaultId}")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(4, (await owner.Client.GetJsonAsync($"/v1/dashboards/{defaultId}"))["widgets"]!.AsArray().Count);
    }
}
