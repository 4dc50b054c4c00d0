namespace AIntops.Application.Anomalies.Detection;

public static class Robust
{
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The mean of the middle half: as indifferent to a few outliers as the median, and less noisy on few samples.</summary>
    public static double InterquartileMean(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        var cut = sorted.Count / 4;
        return sorted.Skip(cut).Take(sorted.Count - 2 * cut).Average();
    }

    /// <summary>Times the median absolute deviation, estimates the standard deviation of normal data while ignoring outliers.</summary>
    public const double MadToStdDev = 1.4826;
}
