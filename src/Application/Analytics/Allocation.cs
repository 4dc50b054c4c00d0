namespace AIntops.Application.Analytics;

/// <summary>Exact integer shares, so that parts always add up to what they divide.</summary>
public static class Allocation
{
    /// <summary>
    /// <paramref name="total"/> × weight / <paramref name="denominator"/> for each weight, rounded down, with what the rounding left
    /// (up to the floor of the exact sum) given one unit each to the largest remainders, first ones first on ties. When the
    /// weights add up to the denominator, the shares add up to <paramref name="total"/>. Linear but for one sort of the remainders:
    /// per-user views divide tens of thousands of rows this way on every request.
    /// </summary>
    public static long[] Proportional(IReadOnlyList<long> weights, long total, long denominator)
    {
        var count = weights.Count;
        var shares = new long[count];
        if (denominator <= 0 || count == 0) return shares;
        var remainders = new long[count];
        Int128 remainderSum = 0;
        for (var i = 0; i < count; i++)
        {
            (shares[i], remainders[i]) = Divide(weights[i]);
            remainderSum += remainders[i];
        }
        var left = (int)Math.Min(count, Math.Max(0, (long)(remainderSum / denominator)));
        if (left == 0) return shares;
        // The selection reorders the remainders: each is worked out again below rather than kept in a copy.
        var threshold = Select(remainders, count - left);
        for (var i = 0; i < count; i++)
            if (Divide(weights[i]).Remainder > threshold)
            {
                shares[i]++;
                left--;
            }
        for (var i = 0; i < count && left > 0; i++)
            if (Divide(weights[i]).Remainder == threshold)
            {
                shares[i]++;
                left--;
            }
        return shares;

        (long Share, long Remainder) Divide(long weight)
        {
            var high = Math.BigMul(weight, total, out long low);
            if (high == low >> 63) return Math.DivRem(low, denominator);
            var product = (Int128)weight * total;
            return ((long)(product / denominator), (long)(product % denominator));
        }
    }

    /// <summary>The value that would be at <paramref name="k"/> were <paramref name="values"/> sorted (which it partly becomes): a quickselect.</summary>
    private static long Select(long[] values, int k)
    {
        var (low, high) = (0, values.Length - 1);
        while (low < high)
        {
            var pivot = values[low + (high - low) / 2];
            var (i, j) = (low, high);
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i > j) break;
                (values[i], values[j]) = (values[j], values[i]);
                i++;
                j--;
            }
            if (k <= j) high = j;
            else if (k >= i) low = i;
            else return values[k];
        }
        return values[k];
    }
}
