namespace AIntops.Application.Anomalies.Detection;

/// <summary>
/// Spend by the values of one dimension (e.g. team), in the hour under test and summed over the baseline
/// window. The baseline sums give each value its expected share of the hour.
/// </summary>
public sealed record DimensionBreakdown(string Dimension, IReadOnlyDictionary<string, long> HourUnderTest, IReadOnlyDictionary<string, long> Baseline);

public static class DriverDimensions
{
    public const string Team = "team";
    public const string Model = "model";
    public const string EndpointTag = "endpointTag";
    public const string PromptVersion = "promptVersion";
}
