using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Api;

/// <summary>
/// The web app's API types are generated from web/src/lib/api/openapi.json; this keeps that snapshot
/// equal to the document the API serves.
/// </summary>
public sealed class OpenApiSnapshotTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string UpdateVariable = "UPDATE_OPENAPI_SNAPSHOT";
    private const string SnapshotPath = "web/src/lib/api/openapi.json";
    private const int MaxListedDifferences = 20;
    private const string SnapshotServer = "http://127.0.0.1:8080";

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task OpenApiSnapshot_matches_the_served_document()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/swagger/v1/swagger.json");
        await response.ExpectAsync(System.Net.HttpStatusCode.OK);
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        // The document names the server it was fetched from; the snapshot, the default address of the start command.
        Assert.Equal(client.BaseAddress!.GetLeftPart(UriPartial.Authority), served["servers"]![0]!["url"]!.GetValue<string>());
        served["servers"]![0]!["url"] = SnapshotServer;
        var snapshotFile = Path.Combine(FindRepositoryRoot(), SnapshotPath);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(snapshotFile, served.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n");
            return;
        }

        Assert.True(File.Exists(snapshotFile), $"{SnapshotPath} is missing. {HowToUpdate}");
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(snapshotFile));
        var differences = new List<string>();
        Compare(snapshot, served, "$", differences);
        if (differences.Count == 0) return;

        Assert.Fail(
            $"The API's OpenAPI document differs from {SnapshotPath}:\n" +
            string.Join("\n", differences.Take(MaxListedDifferences).Select(d => $"  {d}")) +
            (differences.Count > MaxListedDifferences ? $"\n  … and {differences.Count - MaxListedDifferences} more" : "") +
            $"\n{HowToUpdate}");
    }

    private static string HowToUpdate =>
        $"If the API change is intended, run `{UpdateVariable}=1 dotnet test tests/AIntops.IntegrationTests --filter OpenApiSnapshot` " +
        "from the repository root, then `npm run api:generate` in web/, and commit both files.";

    /// <summary>Lists where two JSON trees differ; object key order is ignored, array order is not.</summary>
    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (JsonObject snapshot, JsonObject served):
                foreach (var (key, value) in snapshot)
                {
                    if (served.ContainsKey(key)) Compare(value, served[key], $"{path}.{key}", differences);
                    else differences.Add($"{path}.{key}: removed from the API");
                }
                foreach (var (key, _) in served.Where(p => !snapshot.ContainsKey(p.Key)))
                    differences.Add($"{path}.{key}: new in the API");
                break;
            case (JsonArray snapshot, JsonArray served):
                if (snapshot.Count != served.Count)
                {
                    differences.Add($"{path}: {snapshot.Count} items in the snapshot, {served.Count} in the API");
                    break;
                }
                for (var i = 0; i < snapshot.Count; i++) Compare(snapshot[i], served[i], $"{path}[{i}]", differences);
                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                    differences.Add($"{path}: snapshot {Show(expected)}, API {Show(actual)}");
                break;
        }
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "AIntops.sln"))) return directory.FullName;
        throw new InvalidOperationException($"AIntops.sln not found above {AppContext.BaseDirectory}.");
    }
}
