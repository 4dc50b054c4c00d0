namespace AIntops.MockProviders.Wire;

/// <summary>Sums rows into one result per distinct combination of the requested dimensions; the others become null.</summary>
public static class Grouping
{
    public static IEnumerable<(Dictionary<string, object?> Dimensions, T Value)> Sum<T>(
        IEnumerable<(IReadOnlyDictionary<string, object?> Dimensions, T Value)> rows,
        IReadOnlyList<string> allDimensions,
        IReadOnlySet<string> groupBy,
        Func<T, T, T> add)
    {
        var order = new List<string>();
        var groups = new Dictionary<string, (Dictionary<string, object?> Dimensions, T Value)>(StringComparer.Ordinal);
        foreach (var (dimensions, value) in rows)
        {
            var grouped = allDimensions.ToDictionary(d => d, d => groupBy.Contains(d) ? dimensions.GetValueOrDefault(d) : null);
            var key = string.Join('\u001f', grouped.Values.Select(v => v?.ToString() ?? "\u0000"));
            if (groups.TryGetValue(key, out var existing)) groups[key] = (existing.Dimensions, add(existing.Value, value));
            else { groups[key] = (grouped, value); order.Add(key); }
        }
        return order.Select(k => groups[k]);
    }

    public static bool Matches(IReadOnlyDictionary<string, object?> dimensions, IReadOnlyDictionary<string, IReadOnlySet<string>> filters) =>
        filters.All(f => dimensions.GetValueOrDefault(f.Key) is { } value && f.Value.Contains(value is bool b ? (b ? "true" : "false") : value.ToString()!));
}
