namespace AIntops.Application.Pricing;

/// <summary>Money is stored as whole nano-USD (10⁻⁹ USD) and shown as decimal USD at the API edge.</summary>
public static class NanoUsd
{
    public const decimal PerUsd = 1_000_000_000m;

    public static decimal ToUsd(long nanoUsd) => nanoUsd / PerUsd;

    public static decimal? ToUsd(long? nanoUsd) => nanoUsd / PerUsd;

    /// <summary>Exact for amounts that <see cref="IsWhole"/> accepts.</summary>
    public static long FromUsd(decimal usd) => (long)(usd * PerUsd);

    /// <summary>Whether <paramref name="usd"/> has at most nine decimal places.</summary>
    public static bool IsWhole(decimal usd) => usd * PerUsd == decimal.Truncate(usd * PerUsd);
}
