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
    /// <summary>Raised with an anomaly: its driver model's calls during the spike, priced on a cheaper substitute.</summary>
    public const string ModelSubstitution = "model_substitution";

    public static readonly IReadOnlyList<string> All = [ModelDowngrade, PromptCompression, Caching, ProviderSwitch, ModelSubstitution];
}
