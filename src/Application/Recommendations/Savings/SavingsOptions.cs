namespace AIntops.Application.Recommendations.Savings;

public sealed record SavingsOptions
{
    /// <summary>Below this a candidate is not worth a recommendation.</summary>
    public long MinimumMonthlySavingNanoUsd { get; init; } = 1_000_000_000;

    /// <summary>Fewer requests than this are too little evidence for any recommendation.</summary>
    public long MinimumRequests { get; init; } = 100;

    public long DowngradeMaxAverageInputTokens { get; init; } = 2_000;
    public long DowngradeMaxAverageOutputTokens { get; init; } = 500;
    public double DowngradeMinSuccessRate { get; init; } = 0.98;

    public long CompressionMinAverageInputTokens { get; init; } = 4_000;
    public double CompressionMaxOutputToInputRatio { get; init; } = 0.1;

    /// <summary>The share of uncached input a rewrite of the prompt is assumed to remove.</summary>
    public double CompressionFraction { get; init; } = 0.30;

    /// <summary>Providers cache only long prompts (OpenAI from 1,024 tokens).</summary>
    public long CachingMinAverageInputTokens { get; init; } = 1_024;

    /// <summary>For large uncached inputs without repeat evidence: the share assumed to be a stable, cacheable prefix.</summary>
    public double CacheablePrefixFraction { get; init; } = 0.5;

    /// <summary>For large uncached inputs: how many cache reads one cache write is assumed to serve.</summary>
    public int CacheReadsPerWrite { get; init; } = 9;
}
