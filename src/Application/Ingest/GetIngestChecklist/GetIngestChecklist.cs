using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest.GetIngestChecklist;

public sealed record GetIngestChecklistQuery : IRequest<IngestChecklist>;

/// <param name="From">Start of the window: events of the last 7 days are checked.</param>
/// <param name="EventsChecked">How many of them: the latest, up to a bound; demo data is never counted.</param>
/// <param name="UnknownModels">Models of checked events that had no price, most used first.</param>
/// <param name="ScoreParts">Where each point of the tracking-quality score came from (or went).</param>
public sealed record IngestChecklist(
    DateTime From,
    int EventsChecked,
    IReadOnlyList<IngestChecklistItem> Items,
    IReadOnlyList<UnpricedModel> UnknownModels,
    int TrackingQualityScore,
    IReadOnlyList<TrackingScorePart> ScoreParts);

public sealed record IngestChecklistItem(string Key, string Title, bool Passed, string Detail);

public sealed record UnpricedModel(string Model, int Events);

public sealed record TrackingScorePart(string Key, int Points, int MaxPoints, string Reason);

/// <summary>One checked event, reduced to what the checklist looks at.</summary>
public sealed record CheckedEvent(bool HasEndpointTag, bool HasPromptVersion, bool HasUserId, bool Succeeded, bool HasUsage, bool PriceKnown, string Model, bool Real);

public sealed class GetIngestChecklistHandler(IAppDbContext db, TimeProvider clock, DimensionDirectory dimensions) : IRequestHandler<GetIngestChecklistQuery, IngestChecklist>
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);
    public const int MaxEventsChecked = 5000;

    public async Task<IngestChecklist> Handle(GetIngestChecklistQuery request, CancellationToken cancellationToken)
    {
        var from = clock.GetUtcNow() - Window;
        var fromMs = from.ToUnixTimeMilliseconds();
        var activeKeys = await db.ApiKeys.CountAsync(k => k.RevokedAt == null, cancellationToken);
        // The latest of real and of test data, each read along the (data mode, time) index, then the latest of both.
        var read = new List<(long TimestampMs, int ModelRef, CheckedEvent Event)>();
        foreach (var mode in new[] { DataModes.Real, DataModes.Test })
            read.AddRange((await db.LlmEvents
                .Where(e => e.DataMode == mode && e.TimestampMs >= fromMs)
                .OrderByDescending(e => e.TimestampMs).Take(MaxEventsChecked)
                .Select(e => new
                {
                    e.TimestampMs, e.ModelRef, Event = new CheckedEvent(e.EndpointTagRef != null, e.PromptVersionRef != null, e.EndUserRef != null,
                        e.Status == CallStatuses.Success, e.InputTokens > 0 && e.OutputTokens > 0, e.PriceKnown, "", e.DataMode == DataModes.Real),
                })
                .ToListAsync(cancellationToken)).Select(e => (e.TimestampMs, e.ModelRef, e.Event)));
        var latest = read.OrderByDescending(e => e.TimestampMs).Take(MaxEventsChecked).ToList();
        var models = await dimensions.ValuesAsync(latest.Select(e => e.ModelRef), cancellationToken);
        var events = latest.Select(e => e.Event with { Model = models[e.ModelRef] }).ToList();
        var demoOnly = events.Count == 0
            && await db.LlmEvents.AnyAsync(e => e.DataMode == DataModes.Demo && e.TimestampMs >= fromMs, cancellationToken);
        return new ChecklistEvaluation(events, activeKeys, demoOnly).ToChecklist(from.UtcDateTime);
    }
}
