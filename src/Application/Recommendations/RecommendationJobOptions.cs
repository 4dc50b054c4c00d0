using AIntops.Application.Recommendations.Savings;

namespace AIntops.Application.Recommendations;

/// <summary>Configuration section <c>Jobs:Recommendations</c>.</summary>
public sealed class RecommendationJobOptions
{
    public const string Section = "Jobs:Recommendations";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Wait after the API starts before the first scheduled run.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The traffic the calculators read: this many days up to the current hour.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>How many repeated promptHashes (most input tokens first) are priced for caching.</summary>
    public int MaxRepeatedPrompts { get; set; } = 200;

    /// <summary>Section <c>Jobs:Recommendations:Savings</c>: the calculators' thresholds and assumptions.</summary>
    public SavingsOptions Savings { get; set; } = new();
}
