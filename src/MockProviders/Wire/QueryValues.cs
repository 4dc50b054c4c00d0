using System.Globalization;

namespace AIntops.MockProviders.Wire;

/// <summary>Reads query parameters the way the real APIs accept them: lists as <c>k=a&amp;k=b</c>, <c>k[]=a</c> or <c>k=a,b</c>.</summary>
public static class QueryValues
{
    public static IReadOnlyList<string> List(IQueryCollection query, string name) =>
        query[name].Concat(query[name + "[]"])
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();

    public static int? Int(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0) return null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value : throw new BadQueryException($"Invalid value for '{name}': expected an integer.", name);
    }

    public static long? Long(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0) return null;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value : throw new BadQueryException($"Invalid value for '{name}': expected an integer.", name);
    }

    public static DateTimeOffset? Rfc3339(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value : throw new BadQueryException($"{name}: Input should be a valid datetime", name);
    }

    public static IReadOnlySet<string> GroupBy(IQueryCollection query, IReadOnlyCollection<string> allowed)
    {
        var groupBy = List(query, "group_by").ToHashSet(StringComparer.Ordinal);
        var unknown = groupBy.FirstOrDefault(g => !allowed.Contains(g));
        return unknown is null ? groupBy
            : throw new BadQueryException($"Invalid group_by value '{unknown}'. Allowed values: {string.Join(", ", allowed)}.", "group_by");
    }

    /// <summary>The list filters present in the query, as dimension → accepted values.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Filters(IQueryCollection query, IReadOnlyDictionary<string, string> parameterToDimension) =>
        parameterToDimension
            .Select(p => (Dimension: p.Value, Values: List(query, p.Key)))
            .Where(f => f.Values.Count > 0)
            .ToDictionary(f => f.Dimension, f => (IReadOnlySet<string>)f.Values.ToHashSet(StringComparer.Ordinal));
}
