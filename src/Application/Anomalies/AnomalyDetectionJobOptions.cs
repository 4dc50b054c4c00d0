using AIntops.Application.Anomalies.Detection;

namespace AIntops.Application.Anomalies;

/// <summary>Configuration section <c>Jobs:AnomalyDetection</c>.</summary>
public sealed class AnomalyDetectionJobOptions
{
    public const string Section = "Jobs:AnomalyDetection";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wait after the API starts before the first scheduled run.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>When the organization as a whole is quiet: how many providers, models and teams (each) are tested, the biggest spenders of the hour first.</summary>
    public int MaxScopesPerDimension { get; set; } = 5;

    /// <summary>How many days back "detect now" and a provider's first sync judge every hour.</summary>
    public int HistoryDays { get; set; } = 14;

    /// <summary>Section <c>Jobs:AnomalyDetection:Detector</c>; defaults in docs/anomaly-detection.md.</summary>
    public AnomalyDetectionOptions Detector { get; set; } = new();
}
