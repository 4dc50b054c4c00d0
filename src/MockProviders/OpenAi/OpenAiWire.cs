using System.Text.Json.Serialization;

namespace AIntops.MockProviders.OpenAi;

public sealed record OpenAiPage(IReadOnlyList<OpenAiBucket> Data, bool HasMore, string? NextPage)
{
    [JsonPropertyOrder(-1)]
    public string Object => "page";
}

public sealed record OpenAiBucket(long StartTime, long EndTime, IReadOnlyList<Dictionary<string, object?>> Results)
{
    [JsonPropertyOrder(-1)]
    public string Object => "bucket";
}

public sealed record OpenAiError(OpenAiErrorDetail Error);

public sealed record OpenAiErrorDetail(string Message, string Type, string? Param, string? Code);

public sealed record OpenAiAmount(decimal Value, string Currency);
