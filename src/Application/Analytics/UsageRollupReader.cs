using System.Linq.Expressions;
using System.Runtime.InteropServices;
using AIntops.Application.Ingest;
using AIntops.Application.Teams;
using AIntops.Domain.Ingest;

namespace AIntops.Application.Analytics;

/// <summary>
/// Reads the ingest rollups for a filter and window: daily rows for the window's whole days, hourly
/// rows for the hours at either edge, so a 30-day query reads about 30 rows per key instead of 720.
/// Per-user figures come from the per-user rollups, over the whole days covering the window.
/// Sums of settled days come from <see cref="SettledRollupCache"/>. Grouped by hour, every row comes from the hourly rollup.
/// A team filter covers every key of its team, and rows grouped by team come merged per team, keyed by its primary key.
/// This is telemetry alone: analytics read it through <see cref="Ledger.LedgerReader"/>, which blends it with provider billing.
/// </summary>
public sealed class UsageRollupReader(IAppDbContext db, SettledRollupCache settled, TeamDirectory directory, DimensionDirectory dimensions)
{
    private TeamMap? _teams;

    public async Task<List<UsageSums>> SumAsync(AnalyticsFilter filter, AnalyticsWindow window, UsageGrouping grouping, CancellationToken cancellationToken)
    {
        var teams = await TeamsAsync(cancellationToken);
        var rows = await SelectAsync(filter, teams, cancellationToken);
        if (grouping.Period == UsageGrouping.Hour)
            return ByTeam(await settled.SumHoursAsync(("usage", rows.Dimensions, grouping), window,
                hours => SumAsync(Filtered(db.UsageHourly, rows, hours), grouping, cancellationToken), cancellationToken), grouping, teams);
        var days = window.WholeDays;
        var parts = await settled.SumDaysAsync(("usage", rows.Dimensions, grouping), days,
            part => SumAsync(Filtered(db.UsageDaily, rows, part), grouping, cancellationToken), cancellationToken);
        foreach (var edge in window.Edges(days)) parts.AddRange(await SumAsync(Filtered(db.UsageHourly, rows, edge), grouping, cancellationToken));
        return ByTeam(parts, grouping, teams);
    }

    /// <summary>The organization's teams, read once per reader.</summary>
    public async Task<TeamMap> TeamsAsync(CancellationToken cancellationToken) =>
        _teams ??= await directory.ForContextAsync(db, cancellationToken);

    /// <summary>The parts merged, with rows of several keys of one team merged into the team's primary key when grouped by team.</summary>
    private static List<UsageSums> ByTeam(List<UsageSums> parts, UsageGrouping grouping, TeamMap teams)
    {
        if (!grouping.Uses("team") || teams.Teams.Count == 0) return Merge(parts);
        return Merge(parts, s => (s.Period, s.Provider, TeamKeyed(grouping.First, s.First, teams), TeamKeyed(grouping.Second, s.Second, teams)));
    }

    /// <summary>A key of <paramref name="dimension"/>, a team's replaced by the team's primary key.</summary>
    private static string TeamKeyed(string? dimension, string key, TeamMap teams) => dimension == "team" ? teams.Canonical(key) : key;

    /// <summary>Calls per latency bucket, by <paramref name="dimension"/> (null = all together, key "").</summary>
    public async Task<Dictionary<string, Dictionary<int, long>>> LatencyAsync(AnalyticsFilter filter, AnalyticsWindow window, string? dimension,
        CancellationToken cancellationToken)
    {
        var days = window.WholeDays;
        var selected = await SelectAsync(filter, await TeamsAsync(cancellationToken), cancellationToken);
        var rows = await settled.SumDaysAsync(("latency", selected.Dimensions, dimension), days,
            part => LatencyAsync(Filtered(db.LatencyDaily, selected, part), dimension, cancellationToken), cancellationToken);
        foreach (var edge in window.Edges(days)) rows.AddRange(await LatencyAsync(Filtered(db.LatencyHourly, selected, edge), dimension, cancellationToken));
        return rows.GroupBy(r => r.Word).ToDictionary(g => g.Key, g => Enumerable.Range(0, LatencyHistogram.Buckets)
            .Select(bucket => (bucket, Calls: g.Sum(r => r.Counts[bucket]))).Where(b => b.Calls > 0).ToDictionary(b => b.bucket, b => b.Calls));
    }

    /// <summary>
    /// Per-user sums over the whole days covering <paramref name="window"/>, grouped by user and the grouping's other parts.
    /// Unless a model or team filters or splits them, they come from the narrow per-user rollup.
    /// </summary>
    public async Task<List<UsageSums>> SumUsersAsync(AnalyticsFilter filter, AnalyticsWindow window, UsageGrouping grouping, CancellationToken cancellationToken) =>
        Merge(await SumUserPartsAsync(filter, window, grouping, cancellationToken));

    /// <summary><see cref="SumUsersAsync"/> before its parts (settled days, today, the open hour) are merged: a key may come twice.</summary>
    public async Task<List<UsageSums>> SumUserPartsAsync(AnalyticsFilter filter, AnalyticsWindow window, UsageGrouping grouping, CancellationToken cancellationToken)
    {
        var teams = await TeamsAsync(cancellationToken);
        var rows = await SelectAsync(filter, teams, cancellationToken);
        var parts = await settled.SumDaysAsync(("users", rows.Dimensions, grouping), window.CoveringDays,
            days => SumUsersOfDaysAsync(rows, days, grouping, cancellationToken), cancellationToken, Merge);
        if (!grouping.Uses("team") || teams.Teams.Count == 0) return parts;
        return [.. parts.Select(s => (TeamKeyed(grouping.First, s.First, teams), TeamKeyed(grouping.Second, s.Second, teams)) is var (first, second)
            && (first, second) != (s.First, s.Second) ? s.WithKey(s.Period, s.Provider, first, second) : s)];
    }

    /// <summary>
    /// Identified users with calls, their spend and their requests, per UTC day of <paramref name="days"/> (whole days), reduced
    /// in SQL: a cached month is 30 rows, not one per user and day. Distinct users of two parts of a day cannot be added, so
    /// today is read whole, never as cached hours and a live rest.
    /// </summary>
    public async Task<List<UserDaySums>> SumUserDaysAsync(AnalyticsFilter filter, AnalyticsWindow days, CancellationToken cancellationToken)
    {
        var selected = await SelectAsync(filter, await TeamsAsync(cancellationToken), cancellationToken);
        return await settled.SumDaysAsync(("user-days", selected.Dimensions), days, part => FromUserRollupAsync(selected, part, UsageGrouping.Total,
            rows => UserDaysAsync(rows, cancellationToken), rows => UserDaysAsync(rows, cancellationToken)), cancellationToken);
    }

    private Task<List<UsageSums>> SumUsersOfDaysAsync(RollupFilter filter, AnalyticsWindow days, UsageGrouping grouping, CancellationToken cancellationToken) =>
        FromUserRollupAsync(filter, days, grouping, rows => SumUsersAsync(rows, grouping, cancellationToken), rows => SumUsersAsync(rows, grouping, cancellationToken));

    /// <summary>Whether per-user rows must come from the hourly breakdown: a model or team filters or splits them.</summary>
    private static bool UsesBreakdown(AnalyticsFilter filter, UsageGrouping grouping)
    {
        string[] breakdown = ["model", "team"];
        return filter.Model is not null || filter.Team is not null || breakdown.Contains(grouping.First) || breakdown.Contains(grouping.Second);
    }

    /// <summary>
    /// Runs a query over the per-user rows of <paramref name="window"/>: the narrow daily rollup for whole days unless
    /// <see cref="UsesBreakdown"/>, else the hourly breakdown (so today's settled hours can be cached apart from its open hour).
    /// </summary>
    private Task<List<TResult>> FromUserRollupAsync<TResult>(RollupFilter selected, AnalyticsWindow window, UsageGrouping grouping,
        Func<IQueryable<UsageUserBreakdownHourly>, Task<List<TResult>>> fromBreakdown, Func<IQueryable<UsageUserDaily>, Task<List<TResult>>> fromNarrow)
    {
        var filter = selected.Filter;
        if (UsesBreakdown(filter, grouping) || window != window.CoveringDays)
            return fromBreakdown(Where(db.UsageUserBreakdownHourly.Where(r => r.PeriodStartMs >= window.FromMs && r.PeriodStartMs < window.ToMs), selected));
        var rows = db.UsageUserDaily.Where(r => r.PeriodStartMs >= window.FromMs && r.PeriodStartMs < window.ToMs);
        if (selected.SelectsNothing) return fromNarrow(rows.Where(r => false));
        if (selected.ProviderRef is { } provider) rows = rows.Where(r => r.ProviderRef == provider);
        if (filter.EffectiveDataMode != DataModes.AllFilter) rows = rows.Where(r => r.DataMode == filter.EffectiveDataMode);
        if (filter.EffectiveEnvironment is { } environment) rows = rows.Where(r => r.Environment == environment);
        return fromNarrow(rows);
    }

    private static Task<List<UserDaySums>> UserDaysAsync<T>(IQueryable<T> rows, CancellationToken cancellationToken) where T : UserRollupRow =>
        rows.Where(r => r.EndUserRef != 0).GroupBy(r => r.PeriodStartMs - r.PeriodStartMs % UsageRollups.DayMs)
            .Select(g => new UserDaySums(g.Key, g.Select(r => r.EndUserRef).Distinct().Count(), g.Sum(r => r.CostNanoUsd), g.Sum(r => r.Requests)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The start of the latest hour with calls in <paramref name="window"/>, per API key (from the hourly usage rollup) or, for
    /// <see cref="UsageGrouping.User"/>, per end user (from the hourly per-user breakdown).
    /// </summary>
    public async Task<Dictionary<string, long>> LatestHoursAsync(AnalyticsFilter filter, AnalyticsWindow window, string dimension,
        CancellationToken cancellationToken)
    {
        var selected = await SelectAsync(filter, await TeamsAsync(cancellationToken), cancellationToken);
        var latest = dimension == UsageGrouping.User
            ? await Where(db.UsageUserBreakdownHourly.Where(r => r.PeriodStartMs >= window.FromMs && r.PeriodStartMs < window.ToMs), selected)
                .GroupBy(r => r.EndUserRef).Select(g => new { g.Key, Latest = g.Max(r => r.PeriodStartMs) }).ToListAsync(cancellationToken)
            : await Filtered(db.UsageHourly, selected, window).GroupBy(r => r.ApiKeyRef).Select(g => new { g.Key, Latest = g.Max(r => r.PeriodStartMs) })
                .ToListAsync(cancellationToken);
        var values = await dimensions.ValuesAsync(latest.Select(k => k.Key), cancellationToken);
        return latest.ToDictionary(k => Label(dimension, k.Key, "", values), k => k.Latest);
    }

    /// <summary>
    /// A filter with the refs it selects: of its provider and model, and of every telemetry key its team covers. A value never ingested
    /// has no ref and selects nothing.
    /// </summary>
    private sealed record RollupFilter(AnalyticsFilter Filter, IReadOnlyList<string>? TeamKeys, int? ProviderRef, int? ModelRef, IReadOnlyList<int>? TeamRefs,
        bool SelectsNothing)
    {
        /// <summary>What selects rollup rows besides the window: the part of the filter a cached sum depends on (a team by all its keys).</summary>
        public AnalyticsFilter Dimensions => new(Provider: Filter.Provider, Model: Filter.Model, Team: TeamKeys is null ? null : string.Join('\n', TeamKeys),
            Environment: Filter.EffectiveEnvironment, DataMode: Filter.EffectiveDataMode);
    }

    private async Task<RollupFilter> SelectAsync(AnalyticsFilter filter, TeamMap teams, CancellationToken cancellationToken)
    {
        var organizationId = db.CurrentOrganizationId ?? throw new InvalidOperationException("Analytics need an organization.");
        async Task<int?> RefOf(DimensionKind kind, string? value) => value is null ? null : await dimensions.FindAsync(organizationId, kind, value, cancellationToken) ?? -1;
        var teamKeys = filter.Team is { } team ? teams.KeysOf(team) : null;
        var teamRefs = teamKeys is null ? null : await dimensions.FindAllAsync(organizationId, DimensionKind.Team, teamKeys, cancellationToken);
        var provider = await RefOf(DimensionKind.Provider, filter.Provider);
        var model = await RefOf(DimensionKind.Model, filter.Model);
        return new RollupFilter(filter, teamKeys, provider, model, teamRefs, provider == -1 || model == -1 || teamRefs is { Count: 0 });
    }

    /// <summary>The value a grouped ref or fixed word stands for; a call sent without an API key is grouped under the empty key id.</summary>
    private static string Label(string? dimension, int reference, string word, IReadOnlyDictionary<int, string> values) =>
        reference != 0 ? values[reference] : dimension == "apiKey" ? Guid.Empty.ToString() : word;

    /// <summary>The grouped sums with their refs replaced by the values they stand for.</summary>
    private async Task<List<UsageSums>> LabelledAsync(List<UsageSums> sums, UsageGrouping grouping, CancellationToken cancellationToken)
    {
        var values = await dimensions.ValuesAsync(sums.SelectMany(s => new[] { s.ProviderRef, s.FirstRef, s.SecondRef }), cancellationToken);
        return [.. sums.Select(s => s.WithKey(s.Period, Label(null, s.ProviderRef, "", values), Label(grouping.First, s.FirstRef, s.First, values),
            Label(grouping.Second, s.SecondRef, s.Second, values)))];
    }

    private async Task<List<UsageSums>> SumUsersAsync<T>(IQueryable<T> rows, UsageGrouping grouping, CancellationToken cancellationToken)
        where T : UserRollupRow =>
        await LabelledAsync(await rows.GroupBy(grouping.KeyOf<T>(nameof(UserRollupRow.PeriodStartMs)))
            .Select(g => new UsageSums
            {
                Period = g.Key.Period, ProviderRef = g.Key.Provider, FirstRef = g.Key.FirstRef, First = g.Key.FirstWord, SecondRef = g.Key.SecondRef,
                Second = g.Key.SecondWord, Requests = g.Sum(r => r.Requests), InputTokens = g.Sum(r => r.InputTokens), OutputTokens = g.Sum(r => r.OutputTokens),
                CostNanoUsd = g.Sum(r => r.CostNanoUsd),
            })
            .ToListAsync(cancellationToken), grouping, cancellationToken);

    private static IQueryable<T> Filtered<T>(IQueryable<T> rows, RollupFilter filter, AnalyticsWindow window) where T : class, IRollupFilterable =>
        Where(rows.Where(r => r.PeriodStartMs >= window.FromMs && r.PeriodStartMs < window.ToMs), filter);

    private static IQueryable<T> Where<T>(IQueryable<T> rows, RollupFilter selected) where T : class, IFilterDimensions
    {
        var filter = selected.Filter;
        if (selected.SelectsNothing) return rows.Where(r => false);
        if (filter.EffectiveDataMode != DataModes.AllFilter) rows = rows.Where(r => r.DataMode == filter.EffectiveDataMode);
        if (selected.ProviderRef is { } provider) rows = rows.Where(r => r.ProviderRef == provider);
        if (selected.ModelRef is { } model) rows = rows.Where(r => r.ModelRef == model);
        if (selected.TeamRefs is { } teams) rows = teams.Count == 1 ? rows.Where(r => r.TeamRef == teams[0]) : rows.Where(r => teams.Contains(r.TeamRef));
        if (filter.EffectiveEnvironment is { } environment) rows = rows.Where(r => r.Environment == environment);
        return rows;
    }

    private async Task<List<UsageSums>> SumAsync<T>(IQueryable<T> rows, UsageGrouping grouping, CancellationToken cancellationToken)
        where T : UsageRollupRow =>
        await LabelledAsync(await rows.GroupBy(grouping.KeyOf<T>(nameof(UsageRollupRow.PeriodStartMs)))
            .Select(g => new UsageSums
            {
                Period = g.Key.Period, ProviderRef = g.Key.Provider, FirstRef = g.Key.FirstRef, First = g.Key.FirstWord, SecondRef = g.Key.SecondRef,
                Second = g.Key.SecondWord, Requests = g.Sum(r => r.Requests), Errors = g.Sum(r => r.Status == CallStatuses.Error ? r.Requests : 0),
                InputTokens = g.Sum(r => r.InputTokens), OutputTokens = g.Sum(r => r.OutputTokens), CachedInputTokens = g.Sum(r => r.CachedInputTokens),
                CacheWriteTokens = g.Sum(r => r.CacheWriteTokens), CostNanoUsd = g.Sum(r => r.CostNanoUsd), UnpricedRequests = g.Sum(r => r.UnpricedRequests),
                LatencySumMs = g.Sum(r => r.LatencySumMs), LatencyCount = g.Sum(r => r.LatencyCount),
            })
            .ToListAsync(cancellationToken), grouping, cancellationToken);

    /// <summary>Sums every bucket column per group, in SQL: g => new LatencyCounts(g.Key.First, new[] { g.Sum(r => r.L00), … }).</summary>
    private async Task<List<LatencyCounts>> LatencyAsync<T>(IQueryable<T> rows, string? dimension, CancellationToken cancellationToken)
        where T : LatencyRollupRow
    {
        var group = Expression.Parameter(typeof(IGrouping<UsageKey, T>), "g");
        var row = Expression.Parameter(typeof(T), "r");
        var sums = Enumerable.Range(0, LatencyHistogram.Buckets).Select(bucket => (Expression)Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [typeof(T)],
            group, Expression.Lambda<Func<T, long>>(Expression.Call(typeof(EF), nameof(EF.Property), [typeof(long)], row,
                Expression.Constant(LatencyHistogram.Column(bucket))), row)));
        var key = Expression.Property(group, nameof(IGrouping<UsageKey, T>.Key));
        var counts = Expression.Lambda<Func<IGrouping<UsageKey, T>, LatencyCounts>>(Expression.New(typeof(LatencyCounts).GetConstructors()[0],
            Expression.Property(key, nameof(UsageKey.FirstRef)), Expression.Property(key, nameof(UsageKey.FirstWord)),
            Expression.NewArrayInit(typeof(long), sums)), group);
        var read = await rows.GroupBy(new UsageGrouping(First: dimension).KeyOf<T>(nameof(LatencyRollupRow.PeriodStartMs))).Select(counts).ToListAsync(cancellationToken);
        var values = await dimensions.ValuesAsync(read.Select(r => r.Ref), cancellationToken);
        return [.. read.Select(r => r with { Word = Label(dimension, r.Ref, r.Word, values) })];
    }

    public static List<UsageSums> Merge(IEnumerable<UsageSums> parts) => Merge(parts, part => (part.Period, part.Provider, part.First, part.Second));

    /// <summary>
    /// The parts added up per <paramref name="keyOf"/>, each sum keyed by it: regrouping and merging in one pass. A part alone under its own
    /// key is kept as it is (sums never change); a key met again gets one array of counters. Merging rows that are mostly distinct allocates little.
    /// </summary>
    public static List<UsageSums> Merge(IEnumerable<UsageSums> parts, Func<UsageSums, (long Period, string Provider, string First, string Second)> keyOf)
    {
        var merged = new Dictionary<(long, string, string, string), (UsageSums Alone, long[]? Sums)>(parts.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var part in parts)
        {
            var key = keyOf(part);
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(merged, key, out var exists);
            if (!exists) entry.Alone = part;
            else Add(entry.Sums ??= Counters(entry.Alone), part);
        }
        return [.. merged.Select(e => e.Value.Sums is { } sums ? Summed(e.Key, sums)
            : e.Key == (e.Value.Alone.Period, e.Value.Alone.Provider, e.Value.Alone.First, e.Value.Alone.Second) ? e.Value.Alone
            : e.Value.Alone.WithKey(e.Key.Item1, e.Key.Item2, e.Key.Item3, e.Key.Item4))];

        static UsageSums Summed((long Period, string Provider, string First, string Second) key, long[] sums) => new()
        {
            Period = key.Period, Provider = key.Provider, First = key.First, Second = key.Second, Requests = sums[0], Errors = sums[1], InputTokens = sums[2],
            OutputTokens = sums[3], CachedInputTokens = sums[4], CacheWriteTokens = sums[5], CostNanoUsd = sums[6], UnpricedRequests = sums[7],
            LatencySumMs = sums[8], LatencyCount = sums[9],
        };

        static long[] Counters(UsageSums first)
        {
            var sums = new long[10];
            Add(sums, first);
            return sums;
        }

        static void Add(long[] sums, UsageSums part)
        {
            sums[0] += part.Requests;
            sums[1] += part.Errors;
            sums[2] += part.InputTokens;
            sums[3] += part.OutputTokens;
            sums[4] += part.CachedInputTokens;
            sums[5] += part.CacheWriteTokens;
            sums[6] += part.CostNanoUsd;
            sums[7] += part.UnpricedRequests;
            sums[8] += part.LatencySumMs;
            sums[9] += part.LatencyCount;
        }
    }
}
