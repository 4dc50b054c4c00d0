using System.Globalization;
using AIntops.MockProviders.Synthetic;
using AIntops.MockProviders.Wire;

namespace AIntops.MockProviders.OpenAi;

/// <summary>OpenAI's query parameters: Unix-second <c>start_time</c> (required) and <c>end_time</c>, cursor <c>page</c>.</summary>
public static class OpenAiQuery
{
    private const int CostsMaxLimit = 180;

    public static bool IsCosts(HttpRequest request) => request.Path.Value?.EndsWith("/costs", StringComparison.Ordinal) == true;

    public static ReportQuery Paging(IQueryCollection query, DateTimeOffset now, bool costs)
    {
        var start = QueryValues.Long(query, "start_time") ?? throw new BadQueryException("Missing query parameter 'start_time'.", "start_time");
        var width = BucketWidth.Parse(query["bucket_width"].FirstOrDefault());
        if (width is null || (costs && width != BucketWidth.Day))
            throw new BadQueryException($"Invalid value for 'bucket_width': expected one of {(costs ? "1d" : "1m, 1h, 1d")}.", "bucket_width");
        var limit = costs
            ? ReportQuery.CheckLimit(QueryValues.Int(query, "limit"), BucketWidth.Day.DefaultLimit, CostsMaxLimit)
            : ReportQuery.CheckLimit(QueryValues.Int(query, "limit"), width.DefaultLimit, width.MaxLimit);
        var end = QueryValues.Long(query, "end_time") is { } endTime ? DateTimeOffset.FromUnixTimeSeconds(endTime) : now;
        var startAt = DateTimeOffset.FromUnixTimeSeconds(start);
        // Usage buckets start at start_time cut to the minute; costs are whole UTC days.
        var first = UsageGenerator.Floor(startAt, costs ? BucketWidth.Day.Span : BucketWidth.Minute.Span);
        var cursor = PageCursor.Decode(query["page"].FirstOrDefault(), text => DateTimeOffset.FromUnixTimeSeconds(long.Parse(text, CultureInfo.InvariantCulture)), "Invalid page cursor.");
        if (cursor < first) throw new BadQueryException("Invalid page cursor.", "page");
        return new ReportQuery(first, end < now ? end : now, PartialLast: true, width, limit, cursor,
            new HashSet<string>(), new Dictionary<string, IReadOnlySet<string>>());
    }

    public static ReportQuery Parse(HttpRequest request, DateTimeOffset now, IReadOnlyList<string> dimensions, IReadOnlyDictionary<string, string> filters) =>
        Paging(request.Query, now, IsCosts(request)) with
        {
            GroupBy = QueryValues.GroupBy(request.Query, dimensions),
            Filters = QueryValues.Filters(request.Query, filters),
        };

    public static string NextPage(DateTimeOffset start) =>
        PageCursor.Encode(start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
}
