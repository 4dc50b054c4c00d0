using System.Text.Json.Nodes;

namespace AIntops.IntegrationTests.Support;

public sealed record OpenApiOperation(string Method, string Path, JsonObject Operation)
{
    public string Endpoint => $"{Method} {Path}";

    public override string ToString() => Endpoint;
}

/// <summary>Reads the API's own OpenAPI document (/swagger/v1/swagger.json).</summary>
public static class OpenApiDocument
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public static async Task<JsonObject> GetOpenApiAsync(this HttpClient client) =>
        (await client.GetJsonAsync("/swagger/v1/swagger.json")).AsObject();

    public static IEnumerable<OpenApiOperation> Operations(this JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        where Methods.Contains(operation.Key)
        select new OpenApiOperation(operation.Key.ToUpperInvariant(), path.Key, operation.Value!.AsObject());

    /// <summary>The schema itself, or the component a <c>$ref</c> points to.</summary>
    public static JsonObject Resolve(this JsonObject document, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject()
            : schema.AsObject();
}
