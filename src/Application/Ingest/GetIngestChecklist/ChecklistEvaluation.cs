namespace AIntops.Application.Ingest.GetIngestChecklist;

/// <summary>
/// Turns checked events into checklist items and the tracking-quality score. An attribute passes
/// when at least 90% of the events carry it (token usage: of the successful calls). Score weights,
/// 100 in all, each earned in proportion to coverage: endpointTag 25, userId 20, promptVersion 15,
/// priced models 20, token usage 10; real data present 10.
/// </summary>
public sealed class ChecklistEvaluation
{
    public const double PassingCoverage = 0.9;

    private readonly IReadOnlyList<CheckedEvent> _events;
    private readonly int _activeApiKeys;
    private readonly bool _demoOnly;
    private readonly Coverage _endpointTag, _promptVersion, _userId, _usage, _priced;
    private readonly int _real;

    public ChecklistEvaluation(IReadOnlyList<CheckedEvent> events, int activeApiKeys, bool demoOnly)
    {
        _events = events;
        _activeApiKeys = activeApiKeys;
        _demoOnly = demoOnly;
        _endpointTag = Coverage.Of(events, e => e.HasEndpointTag);
        _promptVersion = Coverage.Of(events, e => e.HasPromptVersion);
        _userId = Coverage.Of(events, e => e.HasUserId);
        _usage = Coverage.Of(events.Where(e => e.Succeeded).ToList(), e => e.HasUsage);
        _priced = Coverage.Of(events, e => e.PriceKnown);
        _real = events.Count(e => e.Real);
    }

    public IngestChecklist ToChecklist(DateTime from)
    {
        var parts = ScoreParts().ToList();
        return new IngestChecklist(from, _events.Count, Items().ToList(), UnknownModels(), parts.Sum(p => p.Points), parts);
    }

    private string NoEvents => _demoOnly
        ? "Only demo data in the last 7 days. Send your application's calls to POST /v1/ingest."
        : "No events in the last 7 days. Send one to POST /v1/ingest.";

    private IEnumerable<IngestChecklistItem> Items()
    {
        yield return new("apiKeyReady", "An active API key", _activeApiKeys > 0, _activeApiKeys > 0
            ? $"{Plural(_activeApiKeys, "active API key")}."
            : "Create an API key and send it in the X-API-Key header.");
        yield return new("firstPayloadReceived", "First event received", _events.Count > 0, _events.Count > 0
            ? $"{_events.Count} recent events from your applications checked."
            : NoEvents);
        yield return Attribute("endpointTagPresent", "Feature attribution (endpointTag)", _endpointTag, "endpointTag",
            "Set endpointTag to the product feature that made the call.");
        yield return Attribute("promptVersionPresent", "Prompt versions (promptVersion)", _promptVersion, "promptVersion",
            "Send promptVersion to compare the cost of prompt changes.");
        yield return Attribute("identityPresent", "End-user identity (userId)", _userId, "userId",
            "Send your application's user id (never personal data) to see cost per user.");
        yield return UnknownModelsItem();
        yield return Attribute("usageFieldsPresent", "Token usage (inputTokens, outputTokens)", _usage, "Token counts",
            "Send inputTokens and outputTokens from the provider's response; without them cost is $0.");
        yield return new("dataModeAlignment", "Real data", _real > 0, _events.Count == 0 ? NoEvents
            : _real > 0 ? $"{_real} real and {_events.Count - _real} test events."
            : "Only test data so far. Production calls should send dataMode real (the default).");
    }

    private IngestChecklistItem Attribute(string key, string title, Coverage coverage, string field, string advice)
    {
        if (_events.Count == 0) return new(key, title, false, NoEvents);
        if (coverage.Total == 0) return new(key, title, false, "No successful calls to check yet.");
        var passed = coverage.Share >= PassingCoverage;
        return new(key, title, passed, $"{field} on {coverage.Count} of {coverage.Total} events ({coverage.Percent}%)." + (passed ? "" : " " + advice));
    }

    private IngestChecklistItem UnknownModelsItem()
    {
        const string key = "unknownModels", title = "Every model priced";
        if (_events.Count == 0) return new(key, title, false, NoEvents);
        var unknown = UnknownModels();
        if (unknown.Count == 0) return new(key, title, true, "Every model has a price.");
        return new(key, title, false, $"{Plural(unknown.Sum(m => m.Events), "event")} {(unknown.Sum(m => m.Events) == 1 ? "uses" : "use")} models without a price: " +
            string.Join(", ", unknown.Take(5).Select(m => $"{m.Model} ({m.Events})")) + ". Their cost counts as unpriced, never as $0.");
    }

    private static string Plural(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private List<UnpricedModel> UnknownModels() =>
        _events.Where(e => !e.PriceKnown).GroupBy(e => e.Model).Select(g => new UnpricedModel(g.Key, g.Count()))
            .OrderByDescending(m => m.Events).ThenBy(m => m.Model, StringComparer.Ordinal).ToList();

    private IEnumerable<TrackingScorePart> ScoreParts()
    {
        yield return Part("endpointTagPresent", 25, _endpointTag, "endpointTag");
        yield return Part("identityPresent", 20, _userId, "userId");
        yield return Part("promptVersionPresent", 15, _promptVersion, "promptVersion");
        yield return Part("unknownModels", 20, _priced, "A known price");
        yield return Part("usageFieldsPresent", 10, _usage, "Token counts");
        yield return new("dataModeAlignment", _real > 0 ? 10 : 0, 10, _real > 0 ? "Real data present." : "No real data yet.");
    }

    private static TrackingScorePart Part(string key, int weight, Coverage coverage, string what) =>
        new(key, (int)Math.Round(weight * coverage.Share, MidpointRounding.AwayFromZero), weight,
            coverage.Total == 0 ? "No events to check." : $"{what} on {coverage.Percent}% of events.");

    private readonly record struct Coverage(int Count, int Total)
    {
        public double Share => Total == 0 ? 0 : (double)Count / Total;
        public int Percent => (int)Math.Floor(Share * 100);

        public static Coverage Of(IReadOnlyList<CheckedEvent> events, Func<CheckedEvent, bool> carries) => new(events.Count(carries), events.Count);
    }
}
