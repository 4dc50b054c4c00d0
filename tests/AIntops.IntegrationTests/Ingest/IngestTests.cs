using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Ingest;

public sealed class IngestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<(HttpClient Owner, HttpClient Sender, Guid OrganizationId)> SetUpAsync(string? team = null)
    {
        var owner = factory.CreateClient();
        owner.As((await owner.SignupAsync()).Tokens.AccessToken);
        var (_, key) = await owner.CreateApiKeyAsync(team: team);
        return (owner, factory.CreateClient().WithApiKey(key), await owner.OrganizationIdAsync());
    }

    [Fact]
    public async Task An_event_is_priced_from_the_catalog_and_acknowledged_with_every_response_field()
    {
        var (_, sender, organizationId) = await SetUpAsync();
        var body = await sender.IngestAsync(IngestApi.Event(model: "gpt-4o-mini", input: 120, output: 45));
        Assert.True(body["ok"]!.GetValue<bool>());
        Assert.False(body["duplicate"]!.GetValue<bool>());
        Assert.Equal(0.000045m, body["costUsd"]!.GetValue<decimal>());
        Assert.True(body["priceKnown"]!.GetValue<bool>());
        foreach (var flag in new[] { "telemetryPaused", "isPlanLimitReached", "budgetWarning", "budgetExceeded" })
            Assert.False(body[flag]!.GetValue<bool>());
        Assert.True(body["providerCallsContinue"]!.GetValue<bool>());
        Assert.Equal((1, 45_000, 0, 1), await factory.TotalsAsync(organizationId));
    }

    [Fact]
    public async Task The_alias_endpoint_accepts_the_same_payload()
    {
        var (_, sender, organizationId) = await SetUpAsync();
        await (await sender.PostAsJsonAsync("/v1/ingest/llm-request", IngestApi.Event())).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, (await factory.TotalsAsync(organizationId)).Requests);
    }

    [Fact]
    public async Task A_retry_is_a_duplicate_and_changes_no_total()
    {
        var (_, sender, organizationId) = await SetUpAsync();
        var first = await sender.IngestAsync(IngestApi.Event("ext-1"));
        var retry = await sender.IngestAsync(IngestApi.Event("ext-1"));
        Assert.True(retry["duplicate"]!.GetValue<bool>());
        Assert.Equal(first["id"]!.GetValue<Guid>(), retry["id"]!.GetValue<Guid>());
        Assert.Equal(first["costUsd"]!.GetValue<decimal>(), retry["costUsd"]!.GetValue<decimal>());
        Assert.Equal((1, 45_000, 0, 1), await factory.TotalsAsync(organizationId));
    }

    [Fact]
    public async Task Concurrent_duplicates_are_stored_once()
    {
        var (_, sender, organizationId) = await SetUpAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => sender.IngestAsync(IngestApi.Event("same"))));
        Assert.Single(answers, a => !a["duplicate"]!.GetValue<bool>());
        Assert.Single(answers.Select(a => a["id"]!.GetValue<Guid>()).Distinct());
        Assert.Equal((1, 45_000, 0, 1), await factory.TotalsAsync(organizationId));
    }

    [Fact]
    public async Task Unknown_models_are_accepted_and_counted_as_unpriced()
    {
        var (_, sender, organizationId) = await SetUpAsync();
        var body = await sender.IngestAsync(IngestApi.Event(model: "in-house-llm-7b"));
        Assert.False(body["priceKnown"]!.GetValue<bool>());
        Assert.Null(body["costUsd"]);
        Assert.Equal((1, 0, 1, 1), await factory.TotalsAsync(organizationId));
    }

    [Fact]
    public async Task Bad_fields_are_each_named_and_nothing_is_stored()
    {
        var (_, sender, organizationId) = await SetUpAsync();
        var response = await sender.PostAsJsonAsync("/v1/ingest", new
        {
            externalRequestId = new string('x', 129), model = 42, inputTokens = -1, outputTokens = 1.5, status = "maybe",
            dataMode = "prod", environment = "moon", timestamp = "yesterday", latencyMs = 1e12, metadata = "text", unknownField = true,
        });
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        foreach (var field in new[] { "externalRequestId", "model", "inputTokens", "outputTokens", "status", "dataMode", "environment", "timestamp", "latencyMs", "metadata" })
            Assert.True(errors.ContainsKey(field), $"expected an error for {field}: {errors}");
        Assert.False(errors.ContainsKey("unknownField"));
        Assert.Equal(0, (await factory.TotalsAsync(organizationId)).RawRows);
    }

    [Theory]
    [InlineData("/v1/ingest", "application/x-www-form-urlencoded", "application/json")]
    [InlineData("/v1/ingest/batch", null, "application/json")]
    [InlineData("/otlp/v1/traces", "text/plain", "application/x-protobuf or application/json")]
    public async Task A_body_of_another_media_type_is_a_415_that_names_the_one_to_send_and_stores_nothing(string path, string? sent, string takes)
    {
        var (_, sender, organizationId) = await SetUpAsync();
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(IngestApi.Event())));
        if (sent is not null) content.Headers.ContentType = new(sent);

        var problem = await (await sender.PostAsync(path, content)).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Equal($"POST {path} takes {takes}; this request sent {sent ?? "no Content-Type"}.", problem["detail"]!.GetValue<string>());
        Assert.Equal(0, (await factory.TotalsAsync(organizationId)).RawRows);
        await (await factory.CreateClient().PostAsJsonAsync("/v1/no-such-thing", new { })).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Requests_without_a_valid_key_are_refused()
    {
        var anonymous = factory.CreateClient();
        await (await anonymous.PostAsJsonAsync("/v1/ingest", IngestApi.Event())).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.WithApiKey("aik_not-a-real-key").PostAsJsonAsync("/v1/ingest", IngestApi.Event())).ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Key_defaults_apply_and_event_fields_win()
    {
        var (_, sender, organizationId) = await SetUpAsync(team: "search");
        await sender.IngestAsync(IngestApi.Event(extra: new { endpointTag = "checkout" }));
        await sender.IngestAsync(IngestApi.Event(extra: new { team = "billing", environment = "dev", dataMode = "test" }));
        var rows = (await factory.RawEventsAsync(organizationId)).OrderBy(e => e.Labels.Team).ToList();
        Assert.Equal("billing", rows[0].Labels.Team);
        Assert.Equal(("dev", "test"), (rows[0].Environment, rows[0].DataMode));
        Assert.Equal(("search", "prod", "real"), (rows[1].Labels.Team, rows[1].Environment, rows[1].DataMode));
    }

    [Fact]
    public async Task A_batch_answers_per_event_in_order_and_keeps_the_valid_ones()
    {
        var (_, sender, organizationId) = await SetUpAsync();
        var response = await sender.PostAsJsonAsync("/v1/ingest/batch", new
        {
            events = new[] { IngestApi.Event("b1"), IngestApi.Event("b1"), new { model = "gpt-4o" }, IngestApi.Event("b2", model: "unknown-x") },
        });
        await response.ExpectAsync(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((2, 1, 1), (body["accepted"]!.GetValue<int>(), body["duplicates"]!.GetValue<int>(), body["rejected"]!.GetValue<int>()));
        var results = body["results"]!.AsArray();
        Assert.Equal([0, 1, 2, 3], results.Select(r => r!["index"]!.GetValue<int>()));
        Assert.True(results[1]!["result"]!["duplicate"]!.GetValue<bool>());
        Assert.NotNull(results[2]!["errors"]!["externalRequestId"]);
        Assert.Equal((2, 45_000, 1, 2), await factory.TotalsAsync(organizationId));
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_refused_whole()
    {
        var (_, sender, organizationId) = await SetUpAsync();
        var events = Enumerable.Range(0, 1001).Select(i => IngestApi.Event($"e{i}")).ToArray();
        await (await sender.PostAsJsonAsync("/v1/ingest/batch", new { events })).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await sender.PostAsJsonAsync("/v1/ingest/batch", new { items = events[..2] })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(0, (await factory.TotalsAsync(organizationId)).RawRows);
    }

    [Fact]
    public async Task The_same_external_request_id_in_two_organizations_is_two_events()
    {
        var (_, senderA, organizationA) = await SetUpAsync();
        var (_, senderB, organizationB) = await SetUpAsync();
        var inA = await senderA.IngestAsync(IngestApi.Event("shared-id"));
        var inB = await senderB.IngestAsync(IngestApi.Event("shared-id"));
        Assert.False(inB["duplicate"]!.GetValue<bool>());
        Assert.NotEqual(inA["id"]!.GetValue<Guid>(), inB["id"]!.GetValue<Guid>());
        Assert.Equal(1, (await factory.TotalsAsync(organizationA)).RawRows);
        Assert.Equal(1, (await factory.TotalsAsync(organizationB)).RawRows);
    }
}
