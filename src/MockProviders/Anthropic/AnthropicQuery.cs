using System.Globalization;
using AIntops.MockProviders.Synthetic;
using AIntops.MockProviders.Wire;

namespace AIntops.MockProviders.Anthropic;

/// <summary>
/// Anthropic's query parameters: RFC 3339 <c>starting_at</c> (required, snapped to the bucket
/// width) and <c>ending_at</c> (only buckets that end by then), cursor <c>page</c>.
/// </summary>
public static class AnthropicQuery
{
    public static bool IsCosts(HttpRequest request) => request.Path.Value?.EndsWith("/cost_report", StringComparison.Ordinal) == true;

    public static ReportQuery Paging(IQueryCollection query, DateTimeOffset now, bool costs)
    {
        var start = QueryValues.Rfc3339(query, "starting_at") ?? throw new BadQueryException("starting_at: Field required", "starting_at");
        var width = BucketWidth.Parse(query["bucket_width"].FirstOrDefault());
        if (width is null || (costs && width != BucketWidth.Day))
            throw new BadQueryException(costs ? "bucket_width: Input should be '1d'" : "bucket_width: Input should be '1d', '1h' or '1m'", "bucket_width");
        var limit = ReportQuery.CheckLimit(QueryValues.Int(query, "limit"), width.DefaultLimit, width.MaxLimit);
        var first = UsageGenerator.Floor(start, width.Span);
        var cursor = PageCursor.Decode(query["page"].FirstOrDefault(), text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), "page: Invalid page token");
        if (cursor < first) throw new BadQueryException("page: Invalid page token", "page");
        var end = QueryValues.Rfc3339(query, "ending_at") ?? now;
        if (end <= start) throw new BadQueryException("ending_at: must be after starting_at", "ending_at");
        return new ReportQuery(first, end, PartialLast: false, width, limit, cursor,
            new HashSet<string>(), new Dictionary<string, IReadOnlySet<string>>());
    }

    public static ReportQuery Parse(HttpRequest request, DateTimeOffset now, IReadOnlyList<string> groupable, IReadOnlyDictionary<string, string> filters) =>
        Paging(request.Query, now, IsCosts(request)) with
        {
            GroupBy = QueryValues.GroupBy(request.Query, groupable),
            Filters = QueryValues.Filters(request.Query, filters),
        };

    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>As in Anthropic's docs: <c>page_</c> + base64 of the next bucket's RFC 3339 start.</summary>
    public static string NextPage(DateTimeOffset start) => PageCursor.Encode(Timestamp(start));
}
