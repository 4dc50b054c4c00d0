using System.Text.Json;
using System.Text.Json.Nodes;
using AIntops.MockProviders.Synthetic;

namespace AIntops.MockProviders.Inference;

/// <summary>An inference request's raw body (its hash makes the answer's id) and its JSON object, null when it is not one.</summary>
public sealed record InferenceRequest(string Body, JsonObject? Json)
{
    public string Hash => $"{StableHash.Of(Body):x16}";

    public static async Task<InferenceRequest> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try { return new InferenceRequest(body, JsonNode.Parse(body) as JsonObject); }
        catch (JsonException) { return new InferenceRequest(body, null); }
    }

    public string? String(string name) => StringOf(Json?[name]);

    public JsonArray? Array(string name) => Json?[name] as JsonArray;

    public bool Flag(string name) => Flag(Json, name);

    public static bool Flag(JsonNode? node, string name) => (node as JsonObject)?[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    /// <summary>False when the field is there but is no integer; <paramref name="value"/> is null when it is absent.</summary>
    public bool TryInteger(string name, out long? value)
    {
        value = null;
        if (Json?[name] is not { } node) return true;
        if (node is not JsonValue v || !v.TryGetValue<long>(out var n)) return false;
        value = n;
        return true;
    }

    /// <summary>A message's text: a string, or the text of its <c>text</c> blocks joined by spaces.</summary>
    public static string Text(JsonNode? content) => content is JsonArray blocks ? string.Join(" ", blocks.Select(TextOf).Where(t => t.Length > 0)) : StringOf(content) ?? "";

    public static string TextOf(JsonNode? block) => block is JsonObject o && StringOf(o["type"]) == "text" ? StringOf(o["text"]) ?? "" : "";

    public static string? StringOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
