namespace AIntops.Application.Analytics;

/// <summary>Exact integer shares, so that parts always add up to what they divide.</summary>
public static class Allocation
{
    /// <summary>
    /// <paramref name="total"/> × weight / <paramref name="denominator"/> for each weight, rounded down, with what the rounding left
    /// (up to the floor of the exact sum) given one unit each to the largest remainders, first ones first on ties. When the
    /// weights add up to the denominator, the shares add up to <paramref name="total"/>.
    /// </summary>
    public static long[] Proportional(IReadOnlyList<long> weights, long total, long denominator)
    {
        var shares = new long[weights.Count];
        if (denominator <= 0 || weights.Count == 0) return shares;
        var remainders = new Int128[weights.Count];
        Int128 exact = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var product = (Int128)weights[i] * total;
            shares[i] = (long)(product / denominator);
            remainders[i] = product % denominator;
            exact += product;
        }
        var left = (long)(exact / denominator) - shares.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)Math.Max(0, left))) shares[i]++;
        return shares;
    }
}
