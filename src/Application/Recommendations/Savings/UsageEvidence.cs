using System.Globalization;

namespace AIntops.Application.Recommendations.Savings;

/// <summary>Evidence rows shared by the recommendations about one endpointTag × model.</summary>
public static class UsageEvidence
{
    public static List<EvidenceRow> Of(EndpointModelUsage usage) =>
    [
        Row("endpointTag", usage.EndpointTag),
        Row("model", usage.Model),
        Row("windowDays", usage.WindowDays),
        Row("requests", usage.Requests),
        Row("successRate", Math.Round(usage.SuccessRate, 4)),
        Row("inputTokens", usage.Tokens.InputTokens),
        Row("cachedInputTokens", usage.Tokens.CachedInputTokens),
        Row("cacheWriteTokens", usage.Tokens.CacheWriteTokens),
        Row("outputTokens", usage.Tokens.OutputTokens),
        Row("averageInputTokens", usage.AverageInputTokens),
        Row("averageOutputTokens", usage.AverageOutputTokens),
        Row("recordedCostNanoUsd", usage.CostNanoUsd),
    ];

    public static EvidenceRow Row(string name, IFormattable value) => new(name, value.ToString(null, CultureInfo.InvariantCulture));

    public static EvidenceRow Row(string name, string value) => new(name, value);

    public static string Fingerprint(string type, params string[] parts) =>
        string.Join('|', parts.Prepend(type)).ToLowerInvariant();

    public static string Percent(double fraction) => $"{Math.Round(fraction * 100, 1).ToString(CultureInfo.InvariantCulture)}%";

    public static string Usd(long nanoUsd) => $"${Pricing.NanoUsd.ToUsd(nanoUsd).ToString("0.00", CultureInfo.InvariantCulture)}";
}
