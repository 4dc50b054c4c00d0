namespace AIntops.MockProviders.Synthetic;

/// <summary>
/// One stream of synthetic traffic: fixed dimension values (wire field name → value) and a volume
/// profile. The mock's numbers are these series summed over the buckets a query asks for.
/// </summary>
public sealed record UsageSeries(
    string Provider,
    IReadOnlyDictionary<string, object?> Dimensions,
    double RequestsPerHour,
    int InputTokensPerRequest,
    int OutputTokensPerRequest,
    double CacheReadShare = 0,
    double CacheWrite5mShare = 0,
    double CacheWrite1hShare = 0,
    SpikeRule? Spike = null)
{
    public string? Model => Dimensions.TryGetValue("model", out var model) ? model as string : null;

    public string Seed { get; } = $"{Provider}|{string.Join('|', Dimensions.Select(d => $"{d.Key}={d.Value}"))}";
}

/// <summary>Multiplies the traffic of some hours: on days whose Unix day number ≡ <paramref name="DayOffset"/> (mod <paramref name="EveryDays"/>), from <paramref name="FromHour"/> to <paramref name="ToHour"/> UTC.</summary>
public sealed record SpikeRule(int EveryDays, int DayOffset, int FromHour, int ToHour, double Factor)
{
    public bool Covers(DateTimeOffset hour) =>
        hour.ToUnixTimeSeconds() / 86_400 % EveryDays == DayOffset && hour.Hour >= FromHour && hour.Hour < ToHour;
}
