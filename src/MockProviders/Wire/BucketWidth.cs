namespace AIntops.MockProviders.Wire;

/// <summary>A bucket width and its page limits (default and maximum number of buckets per page).</summary>
public sealed record BucketWidth(string Name, TimeSpan Span, int DefaultLimit, int MaxLimit)
{
    public static readonly BucketWidth Minute = new("1m", TimeSpan.FromMinutes(1), 60, 1440);
    public static readonly BucketWidth Hour = new("1h", TimeSpan.FromHours(1), 24, 168);
    public static readonly BucketWidth Day = new("1d", TimeSpan.FromDays(1), 7, 31);

    public static BucketWidth? Parse(string? name) => name switch
    {
        null or "1d" => Day,
        "1h" => Hour,
        "1m" => Minute,
        _ => null,
    };
}
