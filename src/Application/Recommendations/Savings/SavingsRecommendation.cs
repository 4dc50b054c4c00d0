namespace AIntops.Application.Recommendations.Savings;

/// <summary>A candidate recommendation; <see cref="Fingerprint"/> is stable across runs so the job can deduplicate.</summary>
public sealed record SavingsRecommendation(
    string Type,
    string Fingerprint,
    string Title,
    string Explanation,
    IReadOnlyList<EvidenceRow> Evidence,
    long MonthlySavingNanoUsd);

public sealed record EvidenceRow(string Name, string Value);

public static class RecommendationTypes
{
    public const string ModelDowngrade = "model_downgrade";
    public const string PromptCompression = "prompt_compression";
    public const string Caching = "caching";
    public const string ProviderSwitch = "provider_switch";
}
