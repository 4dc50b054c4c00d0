using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Api;

/// <summary>The served OpenAPI document says what the server does: names, credentials, closed sets of values, required fields.</summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Anonymous =
    [
        "Signup", "GetAuthSettings", "Login", "Refresh", "Logout", "ForgotPassword", "ResetPassword", "LookUpInvitation", "AcceptInvitation",
        "AcceptInvitationByToken",
    ];

    private static readonly string[] WithApiKey = ["Ingest", "IngestLlmRequest", "IngestBatch", "ExportTraces", "GetBudgetStatus"];

    /// <summary>Operations that take a bearer token or an API key.</summary>
    private static readonly string[] WithEither = ["LoadDemoData", "GetIngestChecklist"];

    [Fact]
    public async Task Every_operation_has_a_unique_id_and_a_summary_and_every_parameter_a_description_and_an_example()
    {
        var operations = await OperationsAsync();

        Assert.Equal(operations.Count, operations.Select(o => o.Id).Distinct().Count());
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>()), o.Id));
        var undocumented = operations.SelectMany(o => Parameters(o.Operation)
            .Where(p => string.IsNullOrWhiteSpace(p["description"]?.GetValue<string>()) || p["example"] is null)
            .Select(p => $"{o.Id}: {p["name"]}")).ToList();
        Assert.Empty(undocumented);
    }

    [Fact]
    public async Task Every_property_of_a_request_body_has_an_example_of_its_type()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var bodies = (await OperationsAsync()).Select(o => o.Operation["requestBody"]?["content"]?["application/json"]?["schema"])
            .Select(schema => schema?["$ref"] ?? schema?["items"]?["$ref"]).OfType<JsonNode>().Select(r => r.GetValue<string>().Split('/')[^1]).ToHashSet();
        var missing = new List<string>();
        var seen = new HashSet<string>();
        foreach (var body in bodies) Check(body);
        Assert.True(seen.Count >= 25, $"Only {seen.Count} request schemas were found.");
        Assert.Empty(missing);

        void Check(string name)
        {
            if (!seen.Add(name)) return;
            foreach (var (property, schema) in schemas[name]!["properties"]?.AsObject() ?? [])
            {
                var reference = schema!["$ref"] ?? schema["items"]?["$ref"];
                if (reference is not null) Check(reference.GetValue<string>().Split('/')[^1]);
                else if (schema["example"] is null) missing.Add($"{name}.{property}");
            }
        }
    }

    [Fact]
    public async Task The_operations_anyone_may_call_say_so_and_the_others_name_their_credentials()
    {
        // That each of the others refuses a call without them: ApiShapeTests.
        var operations = await OperationsAsync();

        Assert.Equal(Anonymous.Order(), operations.Where(o => o.Operation["security"]!.AsArray().Count == 0).Select(o => o.Id).Order());
        Assert.Equal(WithApiKey.Order(), operations.Where(o => Schemes(o.Operation) == "ApiKey").Select(o => o.Id).Order());
        Assert.Equal(WithEither.Order(), operations.Where(o => Schemes(o.Operation) == "Bearer or ApiKey").Select(o => o.Id).Order());
        Assert.All(operations.Where(o => !Anonymous.Contains(o.Id) && !WithApiKey.Contains(o.Id) && !WithEither.Contains(o.Id)),
            o => Assert.Equal("Bearer", Schemes(o.Operation)));
    }

    [Fact]
    public async Task Every_closed_set_of_a_query_parameter_is_an_enum_and_a_value_outside_it_is_a_400_naming_the_parameter()
    {
        var owner = await factory.SignupOwnerAsync();
        var checkedSets = 0;
        foreach (var (id, method, path, operation) in (await OperationsAsync()).Where(o => !o.Path.Contains('{') && o.Operation["requestBody"] is null))
            foreach (var parameter in Parameters(operation).Where(p => p["schema"]?["enum"] is not null))
            {
                var name = parameter["name"]!.GetValue<string>();
                var response = await owner.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{path}?{name}=not-one-of-them"));
                var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
                Assert.True(problem["errors"]?[name] is not null, $"{id}: {name} refused without naming it: {problem.ToJsonString()}");
                checkedSets++;
            }
        Assert.True(checkedSets >= 60, $"Only {checkedSets} enum parameters were found.");
    }

    [Fact]
    public async Task A_body_property_the_server_defaults_is_optional_and_a_closed_set_is_an_enum_the_server_enforces()
    {
        var budget = (await DocumentAsync())["components"]!["schemas"]!["CreateBudgetCommand"]!;
        var owner = await factory.SignupOwnerAsync();

        Assert.Equal(["amountUsd", "name", "period"], budget["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
        Assert.Equal(["monthly", "rolling_30d"], budget["properties"]!["period"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        await (await owner.Client.PostAsJsonAsync("/v1/budgets", new { name = "No hard stop given", period = "monthly", amountUsd = 10 }))
            .ExpectAsync(HttpStatusCode.Created);
        var refused = await (await owner.Client.PostAsJsonAsync("/v1/budgets", new { name = "Yearly", period = "yearly", amountUsd = 10 }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("monthly, rolling_30d", refused["errors"]!["period"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_budget_preview_is_its_own_operation_answering_200_and_saving_nothing()
    {
        var operations = await OperationsAsync();
        var owner = await factory.SignupOwnerAsync();
        var settings = new { name = "Preview", period = "monthly", amountUsd = 10 };

        Assert.Equal(["201"], Successes(operations.Single(o => o.Id == "CreateBudget").Operation));
        Assert.Equal(["200"], Successes(operations.Single(o => o.Id == "PreviewBudget").Operation));
        await (await owner.Client.PostAsJsonAsync("/v1/budgets/preview", settings)).ExpectAsync(HttpStatusCode.OK);
        // The earlier spelling, still answered.
        await (await owner.Client.PostAsJsonAsync("/v1/budgets?dryRun=true", settings)).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty((await owner.Client.GetJsonAsync("/v1/budgets")).AsArray());
    }

    private sealed record DocumentedOperation(string Id, string Method, string Path, JsonObject Operation);

    private async Task<JsonNode> DocumentAsync() => await factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");

    private async Task<List<DocumentedOperation>> OperationsAsync() => [.. (await DocumentAsync())["paths"]!.AsObject()
        .SelectMany(path => path.Value!.AsObject().Select(item => new DocumentedOperation(item.Value!["operationId"]?.GetValue<string>() ?? $"{item.Key} {path.Key}",
            item.Key, path.Key, item.Value!.AsObject())))];

    private static IEnumerable<JsonNode> Parameters(JsonObject operation) => operation["parameters"]?.AsArray().Select(p => p!) ?? [];

    /// <summary>The alternatives of an operation's security, e.g. "Bearer or ApiKey".</summary>
    private static string Schemes(JsonObject operation) =>
        string.Join(" or ", operation["security"]!.AsArray().Select(requirement => requirement!.AsObject().Select(scheme => scheme.Key).Single()));

    private static IEnumerable<string> Successes(JsonObject operation) => operation["responses"]!.AsObject().Select(r => r.Key).Where(s => s.StartsWith('2'));
}
