using AIntops.Application.Common.Validation;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Analytics;

/// <summary>The filters every analytics endpoint takes (query string).</summary>
/// <param name="Range">7d, 30d, 90d, mtd (month to date) or custom (then from and to are required).</param>
/// <param name="From">Custom range start (UTC); rounded down to the hour.</param>
/// <param name="To">Custom range end (UTC, exclusive); rounded up to the hour.</param>
/// <param name="Provider">Only this provider's usage (openai, anthropic, or a name telemetry sends).</param>
/// <param name="Model">Only this model, as the catalog names it or as sent.</param>
/// <param name="Team">Only this team's calls; billing carries no teams, so blended figures are then the attributed slice.</param>
/// <param name="Environment">Only calls from this environment (telemetry only, like team).</param>
/// <param name="DataMode">real (default), test, demo or all.</param>
/// <param name="Source">blended (default): provider billing where it covers a provider and day, telemetry attributing it and covering the hours billing
/// has not reached; billed: the providers' own usage and cost reports alone (provider and model only); telemetry (or ingest): ingested calls alone.</param>
public sealed record AnalyticsFilter(
    [OneOf(typeof(AnalyticsFilter), nameof(AnalyticsFilter.Ranges))] string? Range = null,
    DateTime? From = null,
    DateTime? To = null,
    string? Provider = null,
    string? Model = null,
    string? Team = null,
    [OneOf(typeof(Environments), nameof(Environments.All))] string? Environment = null,
    [OneOf(typeof(DataModes), nameof(DataModes.Filters))] string? DataMode = null,
    [OneOf(typeof(AnalyticsFilter), nameof(AnalyticsFilter.Sources))] string? Source = null)
{
    public const string Blended = "blended";
    public const string Billed = "billed";
    public const string Telemetry = "telemetry";
    /// <summary>The earlier name of <see cref="Telemetry"/>, still accepted.</summary>
    public const string Ingest = "ingest";
    public static readonly string[] Sources = [Blended, Billed, Telemetry, Ingest];

    public const string DefaultRange = "30d";
    public const string Custom = "custom";
    public const string MonthToDate = "mtd";
    public const int MaxDays = 400;
    public static readonly IReadOnlyDictionary<string, int> Days = new Dictionary<string, int> { ["7d"] = 7, ["30d"] = 30, ["90d"] = 90 };
    public static readonly IReadOnlyList<string> Ranges = [.. Days.Keys, MonthToDate, Custom];

    public string EffectiveRange => Range?.ToLowerInvariant() ?? (From is not null || To is not null ? Custom : DefaultRange);

    public string EffectiveDataMode => DataMode?.ToLowerInvariant() ?? DataModes.Real;

    public string? EffectiveEnvironment => Environment?.ToLowerInvariant();

    public string EffectiveSource => Source?.ToLowerInvariant() switch { null => Blended, Ingest => Telemetry, var source => source };

    public bool IsBilled => EffectiveSource == Billed;

    /// <summary>A filter on a dimension only telemetry carries: blended figures are then the attributed slice.</summary>
    public bool FiltersTelemetryOnly => Team is not null || Environment is not null;

    /// <summary>
    /// The window [from, to) this filter selects at <paramref name="now"/>: 7d, 30d and 90d are that many
    /// UTC calendar days ending with today, mtd runs from the first of the month through today, and a
    /// custom range is rounded out to whole hours.
    /// </summary>
    public AnalyticsWindow Window(DateTime now)
    {
        var tomorrow = UsageRollups.StartOf(Ms(now), UsageRollups.DayMs) + UsageRollups.DayMs;
        return EffectiveRange switch
        {
            Custom => new AnalyticsWindow(UsageRollups.StartOf(Ms(From!.Value), UsageRollups.HourMs), CeilingHour(Ms(To!.Value))),
            MonthToDate => new AnalyticsWindow(Ms(new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc)), tomorrow),
            var range => new AnalyticsWindow(tomorrow - Days[range] * UsageRollups.DayMs, tomorrow),
        };
    }

    private static long CeilingHour(long ms) => -UsageRollups.StartOf(-ms, UsageRollups.HourMs);

    /// <summary>Times without a zone are taken as UTC.</summary>
    private static long Ms(DateTime at) =>
        new DateTimeOffset(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToUnixTimeMilliseconds();
}

/// <summary>A time window [FromMs, ToMs) in Unix milliseconds, aligned to hours (presets to days).</summary>
public readonly record struct AnalyticsWindow(long FromMs, long ToMs)
{
    public DateTime From => DateTimeOffset.FromUnixTimeMilliseconds(FromMs).UtcDateTime;
    public DateTime To => DateTimeOffset.FromUnixTimeMilliseconds(ToMs).UtcDateTime;

    /// <summary>Whole UTC days inside the window (empty when there are none).</summary>
    public AnalyticsWindow WholeDays
    {
        get
        {
            var first = -UsageRollups.StartOf(-FromMs, UsageRollups.DayMs);
            var last = UsageRollups.StartOf(ToMs, UsageRollups.DayMs);
            return first < last ? new AnalyticsWindow(first, last) : new AnalyticsWindow(FromMs, FromMs);
        }
    }

    /// <summary>The smallest window of whole UTC days that covers this one (for day-grained rollups).</summary>
    public AnalyticsWindow CoveringDays => new(UsageRollups.StartOf(FromMs, UsageRollups.DayMs), -UsageRollups.StartOf(-ToMs, UsageRollups.DayMs));

    public bool IsEmpty => ToMs <= FromMs;

    /// <summary>The hours of this window before and after <paramref name="wholeDays"/> (none for a window of whole days).</summary>
    public IEnumerable<AnalyticsWindow> Edges(AnalyticsWindow wholeDays) => wholeDays.IsEmpty
        ? IsEmpty ? [] : [this]
        : new[] { new AnalyticsWindow(FromMs, wholeDays.FromMs), new AnalyticsWindow(wholeDays.ToMs, ToMs) }.Where(edge => !edge.IsEmpty);
}
