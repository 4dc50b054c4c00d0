using System.Globalization;
using AIntops.Application.Pricing;

namespace AIntops.Infrastructure.Pricing;

/// <summary>Reads the bundled <c>price-catalog.csv</c> (embedded in this assembly).</summary>
public static class PriceCatalogFile
{
    public static IReadOnlyList<ModelPrice> LoadBundled()
    {
        using var stream = typeof(PriceCatalogFile).Assembly.GetManifestResourceStream("AIntops.Infrastructure.Pricing.price-catalog.csv")
            ?? throw new InvalidOperationException("The bundled price catalog is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader).ToList();
    }

    public static IEnumerable<ModelPrice> Parse(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("provider,model,match_pattern,", StringComparison.Ordinal))
            throw new FormatException("Unexpected price catalog header.");
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = SplitCsv(line);
            yield return new ModelPrice(f[0], f[1], f[2],
                f[3].Length == 0 ? null : DateTime.SpecifyKind(DateTime.Parse(f[3], CultureInfo.InvariantCulture), DateTimeKind.Utc),
                f[4].Length == 0 ? null : long.Parse(f[4], CultureInfo.InvariantCulture),
                Price(f[5]), Price(f[6]), Price(f[7]), Price(f[8]), Price(f[9]), Price(f[10]));
        }
    }

    private static decimal? Price(string field) =>
        field.Length == 0 ? null : decimal.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Splits one CSV line with RFC 4180 quoting (regexes may contain commas).</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
