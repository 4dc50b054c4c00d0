namespace AIntops.Application.Analytics;

public static class Ratio
{
    /// <summary>part / whole, or null when there is nothing to divide by.</summary>
    public static double? Of(long part, long whole) => whole == 0 ? null : (double)part / whole;
}
