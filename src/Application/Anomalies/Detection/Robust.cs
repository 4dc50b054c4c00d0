namespace AIntops.Application.Anomalies.Detection;

public static class Robust
{
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>1.4826 × MAD estimates the standard deviation of normal data while ignoring outliers.</summary>
    public static double StdDevFromMad(IReadOnlyCollection<double> values, double median) =>
        1.4826 * Median(values.Select(v => Math.Abs(v - median)).ToList());
}
