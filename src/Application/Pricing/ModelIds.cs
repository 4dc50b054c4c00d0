using System.Text.RegularExpressions;

namespace AIntops.Application.Pricing;

/// <summary>
/// Reduces the spellings clients send for one model to one form: lower case, without gateway or provider
/// prefixes, Bedrock and Vertex ids as the first-party id, and dots in version numbers as dashes
/// (<c>anthropic/claude-3.5-sonnet</c> and <c>us.anthropic.claude-3-5-sonnet-20241022-v2:0</c> become
/// <c>claude-3-5-sonnet</c> and <c>claude-3-5-sonnet-20241022</c>).
/// </summary>
public static partial class ModelIds
{
    public static string Normalise(string modelId)
    {
        var id = modelId.Trim().ToLowerInvariant();
        while (ProviderPrefix().Match(id) is { Success: true } prefix) id = id[prefix.Length..];
        id = BedrockId().Replace(id, "${model}");
        id = VertexId().Replace(id, "${model}-${date}");
        return VersionDot().Replace(id, "-");
    }

    /// <summary>A normalised id split into its family and release: <c>gpt-4o-2024-08-06</c> is (<c>gpt-4o</c>, <c>20240806</c>),
    /// <c>claude-3-5-sonnet-latest</c> is (<c>claude-3-5-sonnet</c>, null); null when the id ends in neither a date nor <c>-latest</c>.</summary>
    public static Release? ReleaseOf(string normalisedId) => ReleaseSuffix().Match(normalisedId) is { Success: true } suffix
        ? new Release(normalisedId[..suffix.Index], suffix.Groups["year"].Success ? $"{suffix.Groups["year"]}{suffix.Groups["month"]}{suffix.Groups["day"]}" : null)
        : null;

    /// <param name="Date">yyyymmdd; null for <c>-latest</c>.</param>
    public readonly record struct Release(string Family, string? Date);

    [GeneratedRegex("^(?:openai|anthropic|azure|azure_ai|bedrock|vertex_ai|vertexai|google|googleai|gemini|models|openrouter)/")]
    private static partial Regex ProviderPrefix();

    [GeneratedRegex(@"^(?:[a-z-]{2,10}\.)?anthropic\.(?<model>.+?)(?:-v\d+(?::\d+)?)?$")]
    private static partial Regex BedrockId();

    [GeneratedRegex(@"^(?<model>.+?)(?:-v\d+)?@(?<date>\d{8})$")]
    private static partial Regex VertexId();

    [GeneratedRegex(@"(?<=\d)\.(?=\d)")]
    private static partial Regex VersionDot();

    [GeneratedRegex(@"-(?:(?<year>20\d\d)-?(?<month>0[1-9]|1[0-2])-?(?<day>0[1-9]|[12]\d|3[01])|latest)$")]
    private static partial Regex ReleaseSuffix();
}
