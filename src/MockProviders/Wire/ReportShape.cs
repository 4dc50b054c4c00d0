using AIntops.MockProviders.Synthetic;

namespace AIntops.MockProviders.Wire;

/// <summary>One usage endpoint: its result object name, group fields in wire order, list filters, series and metric fields.</summary>
public sealed record ReportShape(
    string Path,
    string ResultObject,
    IReadOnlyList<string> Dimensions,
    IReadOnlyDictionary<string, string> Filters,
    IReadOnlyList<UsageSeries> Series,
    Func<TokenCounts, IEnumerable<KeyValuePair<string, object?>>> Metrics);
