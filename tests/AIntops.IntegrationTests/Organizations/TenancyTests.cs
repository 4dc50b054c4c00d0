using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Organizations;

/// <summary>Organization A's owner, the most privileged caller, can neither reach nor see organization B.</summary>
public sealed partial class TenancyTests(TenancyTests.TwoOrganizations orgs) : IClassFixture<TenancyTests.TwoOrganizations>
{
    /// <summary>
    /// Every endpoint that takes an id (in the path, query or body) joins this table, with each kind of B's
    /// ids it accepts. The guard test below fails for an endpoint of the OpenAPI document that is missing.
    /// </summary>
    public static readonly IdCase[] IdCases =
    [
        new("PATCH /v1/members/{userId}", "B's member", b => b.Member.UserId, _ => new { role = "admin" }),
        new("PATCH /v1/members/{userId}", "B's owner", b => b.Owner.UserId, _ => new { role = "member" }),
        new("DELETE /v1/members/{userId}", "B's member", b => b.Member.UserId),
        new("DELETE /v1/members/{userId}", "B's owner", b => b.Owner.UserId),
        new("DELETE /v1/invitations/{id}", "B's open invitation", b => b.Invitation.Id),
        new("POST /v1/auth/switch-organization", "B's organization", b => b.Owner.OrganizationId, id => new { organizationId = id }),
        new("POST /v1/api-keys/{id}/rotate", "B's API key", b => b.ApiKeyId),
        new("DELETE /v1/api-keys/{id}", "B's API key", b => b.ApiKeyId),
        new("PUT /v1/api-keys/{id}", "B's API key", b => b.ApiKeyId, _ => new { name = "Taken", teamId = (Guid?)null }),
        new("POST /v1/api-keys", "B's team", b => b.TeamId, id => new { name = "Taken", teamId = id }),
        new("GET /v1/teams/{id}", "B's team", b => b.TeamId),
        new("PUT /v1/teams/{id}", "B's team", b => b.TeamId, _ => new { name = "Taken", keys = new[] { "taken" } }),
        new("DELETE /v1/teams/{id}", "B's team", b => b.TeamId),
        new("POST /v1/teams/{id}/members", "B's team", b => b.TeamId, _ => new { userId = Guid.NewGuid() }),
        new("DELETE /v1/teams/{id}/members/{userId}", "B's team", b => b.TeamId),
        new("DELETE /v1/prices/overrides/{id}", "B's price override", b => b.PriceOverrideId),
        new("GET /v1/requests/{id}", "B's ingested call", b => b.EventId),
        new("GET /v1/requests", "B's API key", b => b.ApiKeyId, Query: id => $"?apiKeyId={id}"),
        new("GET /v1/dashboards/{id}", "B's default dashboard", b => b.DashboardId),
        new("PUT /v1/dashboards/{id}", "B's default dashboard", b => b.DashboardId, _ => new { name = "Taken", widgets = Array.Empty<object>() }),
        new("DELETE /v1/dashboards/{id}", "B's default dashboard", b => b.DashboardId),
        new("PUT /v1/providers/{id}/credentials", "B's provider connection", b => b.ProviderConnectionId, _ => new { credentials = "sk-ant-admin01-ANY-KEY" }),
        new("POST /v1/providers/{id}/sync", "B's provider connection", b => b.ProviderConnectionId),
        new("DELETE /v1/providers/{id}", "B's provider connection", b => b.ProviderConnectionId),
        new("PUT /v1/notification-channels/{id}", "B's notification channel", b => b.ChannelId, _ => new { name = "Taken", enabled = false }),
        new("DELETE /v1/notification-channels/{id}", "B's notification channel", b => b.ChannelId),
        new("POST /v1/notification-channels/{id}/test", "B's notification channel", b => b.ChannelId),
        new("POST /v1/notification-channels/{id}/rotate-secret", "B's notification channel", b => b.ChannelId),
        new("POST /v1/alerts/{id}/acknowledge", "B's alert", b => b.AlertId),
        new("GET /v1/budgets/{id}", "B's budget", b => b.BudgetId),
        new("PUT /v1/budgets/{id}", "B's budget", b => b.BudgetId, _ => new { name = "Taken", period = "monthly", amountUsd = 1 }),
        new("DELETE /v1/budgets/{id}", "B's budget", b => b.BudgetId),
        new("GET /v1/anomalies/{id}", "B's anomaly", b => b.AnomalyId),
        new("GET /v1/recommendations/{id}", "B's recommendation", b => b.RecommendationId),
        new("POST /v1/recommendations/{id}/dismiss", "B's recommendation", b => b.RecommendationId),
        new("POST /v1/recommendations/{id}/apply", "B's recommendation", b => b.RecommendationId),
    ];

    /// <summary>Every list endpoint; what A sees must hold none of B's ids, emails, names or timestamps.</summary>
    public static readonly string[] ListEndpoints =
        ["/v1/members", "/v1/invitations", "/v1/api-keys", "/v1/activity?limit=200", "/v1/dashboards", "/v1/onboarding", "/v1/organization", "/v1/me",
            "/v1/requests?dataMode=all", "/v1/prices", "/v1/prices/overrides", "/v1/providers",
            "/v1/notification-channels", "/v1/alerts", "/v1/alerts/unread-count", "/v1/budgets", "/v1/anomalies", "/v1/recommendations?status=all",
            "/v1/reports/weekly", "/v1/reports/weekly/weeks", "/v1/teams"];

    /// <summary>
    /// Endpoints whose id fields are the caller's own identifiers, not references to stored rows: ingest's
    /// externalRequestId is scoped to the API key's organization (see IngestTests).
    /// </summary>
    public static readonly string[] NotReferencingStoredRows = ["POST /v1/ingest", "POST /v1/ingest/llm-request"];

    public static TheoryData<string> IdCaseNames => [.. IdCases.Select(c => c.ToString())];

    public static TheoryData<string> ListEndpointNames => [.. ListEndpoints];

    [Theory]
    [MemberData(nameof(IdCaseNames))]
    public async Task Owner_of_A_using_an_id_of_B_gets_404_and_changes_nothing(string name)
    {
        var @case = IdCases.Single(c => c.ToString() == name);
        var id = @case.Id(orgs.B);
        var method = @case.Endpoint.Split(' ')[0];
        var path = PathParameter().Replace(@case.Endpoint.Split(' ')[1], id.ToString()) + @case.Query?.Invoke(id);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = @case.Body is { } body ? JsonContent.Create(body(id)) : null };

        await (await orgs.A.Owner.Client.SendAsync(request)).ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(orgs.SnapshotOfB, await SnapshotAsync(orgs.B));
    }

    [Theory]
    [MemberData(nameof(ListEndpointNames))]
    public async Task Lists_of_A_show_nothing_of_B(string endpoint)
    {
        var body = (await orgs.A.Owner.Client.GetJsonAsync(endpoint)).ToJsonString();

        Assert.All(orgs.SecretsOfB, secret => Assert.DoesNotContain(secret, body));
    }

    [Fact]
    public void Secrets_of_B_cover_its_ids_emails_and_names()
    {
        string[] expected = [orgs.B.Owner.OrganizationId.ToString(), orgs.B.OrganizationName, orgs.B.Member.UserId.ToString(), orgs.B.Member.Email,
            orgs.B.Admin.Email, orgs.B.Invitation.Id.ToString(), orgs.B.Invitation.Email, orgs.B.ApiKeyId.ToString(), orgs.B.EventId.ToString(),
            orgs.B.PriceOverrideId.ToString(), orgs.B.ProviderConnectionId.ToString(),
            orgs.B.ChannelId.ToString(), orgs.B.AlertId.ToString(), orgs.B.BudgetId.ToString(), orgs.B.AnomalyId.ToString(), orgs.B.RecommendationId.ToString(),
            orgs.B.TeamId.ToString()];
        Assert.All(expected, value => Assert.Contains(value, orgs.SecretsOfB));
    }

    [Fact]
    public async Task Every_endpoint_that_takes_an_id_is_in_the_table()
    {
        var document = await orgs.Factory.CreateClient().GetOpenApiAsync();

        var missing = document.Operations().Where(o => TakesId(document, o)).Select(o => o.Endpoint)
            .Except(IdCases.Select(c => c.Endpoint)).Except(NotReferencingStoredRows).ToList();

        Assert.True(missing.Count == 0, $"Add these endpoints to {nameof(IdCases)}: {string.Join(", ", missing)}");
    }

    private static bool TakesId(JsonObject document, OpenApiOperation operation)
    {
        var parameters = operation.Operation["parameters"]?.AsArray().Select(p => (p!.Text("name"), p!["schema"])) ?? [];
        var body = operation.Operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema
            ? document.Resolve(schema)["properties"]?.AsObject().Select(p => (p.Key, p.Value)) ?? []
            : [];
        return parameters.Concat(body).Any(p => IdName().IsMatch(p.Item1) || p.Item2?["format"]?.GetValue<string>() == "uuid");
    }

    private static Task<string> SnapshotAsync(Tenant tenant) => SnapshotAsync(tenant.Owner.Client);

    private static async Task<string> SnapshotAsync(HttpClient client) =>
        string.Join('\n', await Task.WhenAll(ListEndpoints.Select(async e => (await client.GetJsonAsync(e)).ToJsonString())));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex(@"^id$|Id$")]
    private static partial Regex IdName();

    [GeneratedRegex(@"^(id|email|name)$|(Id|Email|Name|At)$")]
    private static partial Regex IdentifyingProperty();

    /// <param name="Query">A query string carrying the id, for endpoints that take it there.</param>
    public sealed record IdCase(string Endpoint, string Target, Func<Tenant, Guid> Id, Func<Guid, object>? Body = null, Func<Guid, string>? Query = null)
    {
        public override string ToString() => $"{Endpoint} with {Target}";
    }

    public sealed record Tenant(SignedIn Owner, SignedIn Admin, SignedIn Member, InvitationSent Invitation, Guid ApiKeyId, Guid EventId, Guid PriceOverrideId,
        Guid DashboardId, Guid ProviderConnectionId, Guid ChannelId, Guid AlertId, Guid BudgetId, Guid AnomalyId, Guid RecommendationId, Guid TeamId)
    {
        public string OrganizationName => Owner.OrganizationName;
    }

    /// <summary>Organizations A and B, each with members, an open invitation, dashboards, activity, an ingested call and a synced provider.</summary>
    public sealed class TwoOrganizations : IAsyncLifetime
    {
        public ProviderApiFactory Factory { get; } = new();
        public Tenant A { get; private set; } = null!;
        public Tenant B { get; private set; } = null!;
        public string SnapshotOfB { get; private set; } = "";

        /// <summary>Identifying values (ids, emails, names, timestamps) in B's lists and not in A's lists from before B existed.</summary>
        public IReadOnlyList<string> SecretsOfB { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await ((IAsyncLifetime)Factory).InitializeAsync();
            A = await CreateAsync();
            var ofA = (await IdentifyingValuesAsync(A)).ToHashSet();
            Factory.Clock.Advance(TimeSpan.FromSeconds(1));
            B = await CreateAsync();
            SnapshotOfB = await SnapshotAsync(B);
            SecretsOfB = (await IdentifyingValuesAsync(B)).Where(v => !ofA.Contains(v)).Distinct().ToList();
        }

        public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();

        private async Task<Tenant> CreateAsync()
        {
            var owner = await Factory.SignupOwnerAsync();
            Factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
            var admin = await Factory.AddMemberAsync(owner, "admin");
            Factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
            var member = await Factory.AddMemberAsync(owner, "member");
            await (await admin.Client.ChangeRoleAsync(member.UserId, "admin")).ExpectAsync(HttpStatusCode.NoContent);
            await (await admin.Client.ChangeRoleAsync(member.UserId, "member")).ExpectAsync(HttpStatusCode.NoContent);
            var invitation = await owner.Client.InviteAsync(ApiClient.UniqueEmail("pending"), "admin");
            var (apiKeyId, key) = await owner.Client.CreateApiKeyAsync($"key of {owner.OrganizationName}");
            var sent = await Factory.CreateClient().WithApiKey(key).IngestAsync(IngestApi.Event(extra: new { userId = $"user of {owner.OrganizationName}" }));
            var priceOverride = await owner.Client.SetPriceOverrideAsync("openai", "gpt-4o", 2, 8);
            var dashboard = (await owner.Client.GetJsonAsync("/v1/dashboards")).AsArray().Single()!["id"]!.GetValue<Guid>();
            var connection = (await owner.Client.ConnectOkAsync(Factory, "anthropic")).IdOf();
            await owner.Client.WaitForSyncAsync(connection);
            // Its delivery stays pending: the delivery job does not run in these tests.
            var channel = (await owner.Client.CreateSlackChannelAsync($"https://hooks.slack.example/services/{Guid.NewGuid():N}")).IdOf();
            var alert = await Factory.RaiseAlertAsync(owner.OrganizationId, title: $"Alert of {owner.OrganizationName}");
            var budget = await owner.Client.CreateBudgetAsync(BudgetApi.Budget($"Budget of {owner.OrganizationName}"));
            var (anomaly, recommendation) = await Factory.SeedInsightsAsync(owner.OrganizationId);
            var team = await owner.Client.CreateTeamAsync($"Team of {owner.OrganizationName}", "payments");
            await (await owner.Client.PostAsJsonAsync($"/v1/teams/{team.Id()}/members", new { userId = member.UserId })).ExpectAsync(HttpStatusCode.OK);
            return new Tenant(owner, admin, member, invitation, apiKeyId, sent["id"]!.GetValue<Guid>(), priceOverride["id"]!.GetValue<Guid>(), dashboard,
                connection, channel, alert.AlertId, budget["id"]!.GetValue<Guid>(), anomaly, recommendation, team.Id());
        }

        private static async Task<List<string>> IdentifyingValuesAsync(Tenant tenant)
        {
            var values = new List<string>();
            foreach (var endpoint in ListEndpoints) Collect(await tenant.Owner.Client.GetJsonAsync(endpoint), values);
            return values;
        }

        private static void Collect(JsonNode? node, List<string> values)
        {
            if (node is JsonArray array)
                foreach (var item in array) Collect(item, values);
            else if (node is JsonObject obj)
                foreach (var (key, value) in obj)
                    if (value is JsonValue leaf && IdentifyingProperty().IsMatch(key)) values.Add(leaf.ToString());
                    else Collect(value, values);
        }
    }
}
