using AIntops.MockProviders.Synthetic;

namespace AIntops.MockProviders.Wire;

public readonly record struct Bucket(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// A parsed usage or cost query: which buckets, how many per page, from which cursor, grouped and
/// filtered how. Pages are counted in buckets, as in both real APIs.
/// </summary>
/// <param name="First">Start of the first bucket of the whole result.</param>
/// <param name="Until">No bucket reaches past this instant.</param>
/// <param name="PartialLast">OpenAI cuts the last bucket at <paramref name="Until"/>; Anthropic only returns whole buckets.</param>
public sealed record ReportQuery(
    DateTimeOffset First,
    DateTimeOffset Until,
    bool PartialLast,
    BucketWidth Width,
    int Limit,
    DateTimeOffset? Cursor,
    IReadOnlySet<string> GroupBy,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Filters)
{
    /// <summary>1 for the first page, 2 for the page its <c>next_page</c> leads to, and so on.</summary>
    public int PageOrdinal => Cursor is { } cursor
        ? (int)Math.Ceiling((cursor - First) / Width.Span) / Limit + 1
        : 1;

    public (IReadOnlyList<Bucket> Buckets, DateTimeOffset? Next) Page()
    {
        var buckets = Sequence(Cursor ?? First).Take(Limit + 1).ToList();
        return buckets.Count > Limit ? (buckets.Take(Limit).ToList(), buckets[Limit].Start) : (buckets, null);
    }

    public static int CheckLimit(int? limit, int defaultLimit, int maxLimit) =>
        limit switch
        {
            null => defaultLimit,
            < 1 => throw new BadQueryException("limit: Input should be greater than or equal to 1", "limit"),
            _ when limit > maxLimit => throw new BadQueryException($"limit: Input should be less than or equal to {maxLimit}", "limit"),
            _ => limit.Value,
        };

    private IEnumerable<Bucket> Sequence(DateTimeOffset start)
    {
        while (start < Until)
        {
            var end = UsageGenerator.Floor(start, Width.Span) + Width.Span;
            if (end > Until)
            {
                if (!PartialLast) yield break;
                end = Until;
            }
            yield return new Bucket(start, end);
            start = end;
        }
    }
}
