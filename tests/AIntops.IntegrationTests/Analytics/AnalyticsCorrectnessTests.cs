using System.Text.Json.Nodes;
using AIntops.Domain.Ingest;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Analytics;

/// <summary>Every analytics number equals a straightforward computation over the raw rows of the randomized data set.</summary>
public sealed class AnalyticsCorrectnessTests(AnalyticsDataSet data) : IClassFixture<AnalyticsDataSet>
{
    private const long HourMs = 3_600_000, DayMs = 86_400_000;

    /// <summary>Query strings and the raw-row predicate each stands for.</summary>
    public static TheoryData<string> Filters => new()
    {
        "", "range=7d", "range=90d", "range=mtd", "dataMode=all", "dataMode=demo", "team=search", "model=gpt-4o", "provider=anthropic",
        "environment=staging", "range=custom&from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z", "CUSTOM_ODD_HOURS",
    };

    private string Resolve(string query) => query == "CUSTOM_ODD_HOURS"
        ? $"range=custom&from={data.Now.AddDays(-12).AddMinutes(-17):O}&to={data.Now.AddDays(-3).AddMinutes(41):O}"
        : query;

    /// <summary>The window (presets: whole UTC days through today; custom: rounded out to hours) and filters, from the query string.</summary>
    private (long From, long To, Func<LlmEvent, bool> Match) Expected(string query)
    {
        var q = System.Web.HttpUtility.ParseQueryString(Resolve(query));
        var nowMs = new DateTimeOffset(data.Now).ToUnixTimeMilliseconds();
        var tomorrow = nowMs - nowMs % DayMs + DayMs;
        static long Ms(string iso) => DateTimeOffset.Parse(iso).ToUnixTimeMilliseconds();
        var (from, to) = q["range"] switch
        {
            "7d" => (tomorrow - 7 * DayMs, tomorrow),
            "90d" => (tomorrow - 90 * DayMs, tomorrow),
            "mtd" => (new DateTimeOffset(data.Now.Year, data.Now.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), tomorrow),
            "custom" => (Ms(q["from"]!) - Ms(q["from"]!) % HourMs, (Ms(q["to"]!) + HourMs - 1) / HourMs * HourMs),
            _ => (tomorrow - 30 * DayMs, tomorrow),
        };
        var dataMode = q["dataMode"] ?? "real";
        return (from, to, e => e.TimestampMs >= from && e.TimestampMs < to && (dataMode == "all" || e.DataMode == dataMode)
            && (q["team"] is not { } team || e.Labels.Team == team) && (q["model"] is not { } model || e.Labels.Model == model)
            && (q["provider"] is not { } provider || e.Labels.Provider == provider) && (q["environment"] is not { } env || e.Environment == env));
    }

    private static decimal Usd(long nanoUsd) => nanoUsd / 1_000_000_000m;

    private async Task<JsonNode> GetAsync(string path, string query, string extra = "") =>
        await data.Owner.Client.GetJsonAsync($"{path}?{Resolve(query)}{(extra.Length > 0 ? "&" + extra : "")}");

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Overview_figures_equal_the_raw_rows(string query)
    {
        var (from, to, match) = Expected(query);
        var rows = data.Raw.Where(match).ToList();
        var body = await GetAsync("/v1/dashboard/overview", query);

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(from).UtcDateTime, body["from"]!.GetValue<DateTime>());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(to).UtcDateTime, body["to"]!.GetValue<DateTime>());
        Assert.Equal(Usd(rows.Sum(e => e.CostNanoUsd)), body["spendUsd"]!.GetValue<decimal>());
        Assert.Equal(rows.Count, body["requests"]!.GetValue<long>());
        Assert.Equal(rows.Count(e => e.Status == "error"), body["errors"]!.GetValue<long>());
        Assert.Equal(rows.Sum(e => e.InputTokens), body["inputTokens"]!.GetValue<long>());
        Assert.Equal(rows.Sum(e => e.OutputTokens), body["outputTokens"]!.GetValue<long>());
        Assert.Equal(rows.Sum(e => e.CachedInputTokens), body["cachedInputTokens"]!.GetValue<long>());
        var tokens = rows.Sum(e => e.InputTokens + e.OutputTokens);
        Assert.Equal(tokens, body["totalTokens"]!.GetValue<long>());
        if (tokens > 0) Assert.Equal((double)rows.Sum(e => e.OutputTokens) / tokens, body["tokenEfficiency"]!.GetValue<double>(), 12);
        if (rows.Count > 0) Assert.Equal(Usd(rows.Sum(e => e.CostNanoUsd)) / rows.Count, body["averageCostPerRequestUsd"]!.GetValue<decimal>());
        Assert.Equal(rows.Count(e => !e.PriceKnown), body["unpricedRequests"]!.GetValue<long>());
        var latencies = rows.Where(e => e.LatencyMs is not null).Select(e => e.LatencyMs!.Value).Order().ToList();
        if (latencies.Count > 0)
        {
            Assert.Equal(latencies.Average(), body["averageLatencyMs"]!.GetValue<double>(), 6);
            AssertInBucketOf(NearestRank(latencies, 0.5), body["latencyP50Ms"]!.GetValue<double>());
            AssertInBucketOf(NearestRank(latencies, 0.95), body["latencyP95Ms"]!.GetValue<double>());
        }

        var dayFrom = from - from % DayMs;
        var dayTo = (to + DayMs - 1) / DayMs * DayMs;
        var users = data.Raw.Where(e => e.TimestampMs >= dayFrom && e.TimestampMs < dayTo && match(WithTime(e, from)))
            .Where(e => e.Labels.EndUserId is not null).Select(e => e.Labels.EndUserId).Distinct().Count();
        Assert.Equal(users, body["activeUsers"]!.GetValue<long>());

        var providers = body["providers"]!.AsArray();
        Assert.Equal(rows.GroupBy(e => e.Labels.Provider).Select(g => (g.Key, Usd(g.Sum(e => e.CostNanoUsd)), (long)g.Count())).OrderBy(p => p.Key),
            providers.Select(p => (p!["provider"]!.GetValue<string>(), p["spendUsd"]!.GetValue<decimal>(), p["requests"]!.GetValue<long>())).OrderBy(p => p.Item1));

        var (monthFrom, _, _) = Expected("range=mtd");
        var monthMatch = Expected(string.Join("&", Resolve(query).Split('&').Where(p => !p.StartsWith("range") && !p.StartsWith("from") && !p.StartsWith("to")))
            + "&range=mtd").Match;
        Assert.Equal(Usd(data.Raw.Where(monthMatch).Sum(e => e.CostNanoUsd)), body["monthToDateSpendUsd"]!.GetValue<decimal>());
        Assert.True(monthFrom > 0);
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Spend_over_time_by_day_and_model_equals_the_raw_rows(string query)
    {
        var (_, _, match) = Expected(query);
        var body = await GetAsync("/v1/dashboard/spend-over-time", query, "interval=day&splitBy=model");
        Assert.Equal(
            data.Raw.Where(match).GroupBy(e => (Day: e.TimestampMs - e.TimestampMs % DayMs, e.Labels.Model))
                .Select(g => $"{DateTimeOffset.FromUnixTimeMilliseconds(g.Key.Day).UtcDateTime:O}|{g.Key.Model} {Usd(g.Sum(e => e.CostNanoUsd))} {g.Count()} " +
                    $"{g.Sum(e => e.InputTokens - e.CachedInputTokens - e.CacheWriteTokens)} {g.Sum(e => e.CachedInputTokens)} {g.Sum(e => e.OutputTokens)}")
                .Order(),
            body["points"]!.AsArray().Select(p => $"{p!["period"]!.GetValue<DateTime>():O}|{p["series"]} {p["spendUsd"]!.GetValue<decimal>()} {p["requests"]} " +
                $"{p["uncachedInputTokens"]} {p["cachedInputTokens"]} {p["outputTokens"]}").Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("range=90d&dataMode=all")]
    public async Task Weeks_start_on_monday_and_add_up_to_the_days(string query)
    {
        var (_, _, match) = Expected(query);
        var body = await GetAsync("/v1/dashboard/request-volume", query, "interval=week");
        var expected = data.Raw.Where(match)
            .GroupBy(e => DateTimeOffset.FromUnixTimeMilliseconds(e.TimestampMs).UtcDateTime.Date.AddDays(-(((int)DateTimeOffset.FromUnixTimeMilliseconds(e.TimestampMs).UtcDateTime.DayOfWeek + 6) % 7)))
            .Select(g => $"{g.Key:yyyy-MM-dd} {g.Count()} {g.Count(e => e.Status == "error")}").Order();
        Assert.Equal(expected, body["points"]!.AsArray().Select(p => $"{p!["period"]!.GetValue<DateTime>():yyyy-MM-dd} {p["requests"]} {p["errors"]}").Order());
        Assert.All(body["points"]!.AsArray(), p => Assert.Equal(DayOfWeek.Monday, p!["period"]!.GetValue<DateTime>().DayOfWeek));
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Cost_per_model_and_latency_per_model_equal_the_raw_rows(string query)
    {
        var (_, _, match) = Expected(query);
        var rows = data.Raw.Where(match).ToList();
        var costs = (await GetAsync("/v1/dashboard/cost-per-model", query))["models"]!.AsArray();
        Assert.Equal(rows.GroupBy(e => (e.Labels.Provider, e.Labels.Model)).Select(g => $"{g.Key.Provider}/{g.Key.Model} {Usd(g.Sum(e => e.CostNanoUsd))} {g.Count()} {g.Count(e => !e.PriceKnown)}").Order(),
            costs.Select(m => $"{m!["provider"]}/{m["model"]} {m["spendUsd"]!.GetValue<decimal>()} {m["requests"]} {m["unpricedRequests"]}").Order());
        Assert.Equal(costs.Select(m => m!["spendUsd"]!.GetValue<decimal>()).OrderDescending(), costs.Select(m => m!["spendUsd"]!.GetValue<decimal>()));

        var latency = (await GetAsync("/v1/dashboard/latency", query))["models"]!.AsArray();
        foreach (var group in rows.Where(e => e.LatencyMs is not null).GroupBy(e => e.Labels.Model))
        {
            var model = latency.Single(m => m!["model"]!.GetValue<string>() == group.Key)!;
            var values = group.Select(e => e.LatencyMs!.Value).Order().ToList();
            Assert.Equal(values.Count, model["calls"]!.GetValue<long>());
            Assert.Equal(values.Average(), model["averageMs"]!.GetValue<double>(), 6);
            AssertInBucketOf(NearestRank(values, 0.5), model["p50Ms"]!.GetValue<double>());
            AssertInBucketOf(NearestRank(values, 0.95), model["p95Ms"]!.GetValue<double>());
        }
    }

    [Theory]
    [InlineData("team", null)]
    [InlineData("user", null)]
    [InlineData("endpointTag", "promptVersion")]
    [InlineData("apiKey", null)]
    [InlineData("team", "user")]
    [InlineData("environment", "model")]
    [InlineData("cacheOutcome", "model")]
    [InlineData("workflow", "endpointTag")]
    public async Task The_explorer_groups_like_the_raw_rows_with_visible_empty_buckets(string groupBy, string? thenBy)
    {
        var byUser = groupBy == "user" || thenBy == "user";
        var (windowFrom, to, match) = Expected("");
        var from = windowFrom;
        if (byUser) (from, to) = (from - from % DayMs, (to + DayMs - 1) / DayMs * DayMs);
        string Key(LlmEvent e, string dimension) => dimension switch
        {
            "team" => e.Labels.Team ?? "", "user" => e.Labels.EndUserId ?? "", "endpointTag" => e.Labels.EndpointTag ?? "", "promptVersion" => e.Labels.PromptVersion ?? "",
            "apiKey" => (e.Labels.ApiKeyId ?? Guid.Empty).ToString(), "environment" => e.Environment,
            "cacheOutcome" => e.CachedInputTokens > 0 ? "cache_read" : e.CacheWriteTokens > 0 ? "cache_write" : "uncached",
            "workflow" => e.Labels.Workflow ?? e.Labels.EndpointTag ?? "", _ => e.Labels.Model,
        };
        var rows = data.Raw.Where(e => e.TimestampMs >= from && e.TimestampMs < to && match(WithTime(e, windowFrom))).ToList();
        var body = await GetAsync("/v1/usage/explorer", "", $"groupBy={groupBy}" + (thenBy is null ? "" : $"&thenBy={thenBy}"));

        Assert.Equal(rows.GroupBy(e => (Key(e, groupBy), thenBy is null ? null : Key(e, thenBy)))
                .Select(g => $"{g.Key.Item1}|{g.Key.Item2} {Usd(g.Sum(e => e.CostNanoUsd))} {g.Count()} {g.Sum(e => e.InputTokens + e.OutputTokens)}").Order(),
            body["rows"]!.AsArray().Select(r => $"{r!["key"]!.GetValue<string>().ToLowerInvariant()}|{r["subKey"]?.GetValue<string>()} {r["spendUsd"]!.GetValue<decimal>()} {r["requests"]} {r["totalTokens"]}").Order());
        if (groupBy == "team") Assert.Contains(body["rows"]!.AsArray(), r => r!["key"]!.GetValue<string>() == "" && r["label"]!.GetValue<string>() == "No team");
        if (groupBy == "user") Assert.Contains(body["rows"]!.AsArray(), r => r!["label"]!.GetValue<string>() == "Unknown user");
        if (groupBy == "apiKey") Assert.Contains(body["rows"]!.AsArray(), r => r!["label"]!.GetValue<string>() == "search");
        if (groupBy == "cacheOutcome")
            Assert.All(body["rows"]!.AsArray(), r => Assert.Equal(
                r!["key"]!.GetValue<string>() switch { "cache_read" => "Cached read", "cache_write" => "Cache write", _ => "Uncached" }, r["label"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("cost", 5)]
    [InlineData("requests", 12)]
    [InlineData("tokens", 10_000)]
    public async Task The_explorer_lists_the_first_rows_in_sort_order_and_sums_the_rest(string sort, int limit)
    {
        var (windowFrom, windowTo, match) = Expected("");
        var (from, to) = (windowFrom - windowFrom % DayMs, (windowTo + DayMs - 1) / DayMs * DayMs);
        var rows = data.Raw.Where(e => e.TimestampMs >= from && e.TimestampMs < to && match(WithTime(e, windowFrom))).ToList();
        Func<IGrouping<(string Team, string User), LlmEvent>, long> by = sort switch
        {
            "requests" => g => g.Count(), "tokens" => g => g.Sum(e => e.InputTokens + e.OutputTokens), _ => g => g.Sum(e => e.CostNanoUsd),
        };
        var groups = rows.GroupBy(e => (Team: e.Labels.Team ?? "", User: e.Labels.EndUserId ?? "")).OrderByDescending(by)
            .ThenBy(g => g.Key.Team, StringComparer.Ordinal).ThenBy(g => g.Key.User, StringComparer.Ordinal).ToList();
        var body = await GetAsync("/v1/usage/explorer", "", $"groupBy=team&thenBy=user&sort={sort}&limit={limit}");

        Assert.Equal(groups.Take(limit).Select(g => $"{g.Key.Team}|{g.Key.User} {Usd(g.Sum(e => e.CostNanoUsd))} {g.Count()}"),
            body["rows"]!.AsArray().Select(r => $"{r!["key"]}|{r["subKey"]} {r["spendUsd"]!.GetValue<decimal>()} {r["requests"]}"));
        Assert.Equal(groups.Count, body["totalRows"]!.GetValue<int>());
        var rest = groups.Skip(limit).SelectMany(g => g).ToList();
        if (rest.Count == 0) { Assert.Null(body["rest"]); return; }
        Assert.Equal($"{groups.Count - limit} {Usd(rest.Sum(e => e.CostNanoUsd))} {rest.Count} {rest.Sum(e => e.InputTokens + e.OutputTokens)} " +
                $"{(double)rest.Sum(e => e.CostNanoUsd) / rows.Sum(e => e.CostNanoUsd):F9}",
            $"{body["rest"]!["rows"]} {body["rest"]!["spendUsd"]!.GetValue<decimal>()} {body["rest"]!["requests"]} {body["rest"]!["totalTokens"]} " +
                $"{body["rest"]!["share"]!.GetValue<double>():F9}");
    }

    [Theory]
    [InlineData("model", null)]
    [InlineData("team", 3)]
    [InlineData("provider", 1)]
    public async Task The_user_pivot_equals_the_raw_rows_and_sums_the_users_past_the_limit(string by, int? limit)
    {
        var (windowFrom, windowTo, match) = Expected("");
        var (from, to) = (windowFrom - windowFrom % DayMs, (windowTo + DayMs - 1) / DayMs * DayMs);
        var rows = data.Raw.Where(e => e.TimestampMs >= from && e.TimestampMs < to && match(WithTime(e, windowFrom))).ToList();
        string Column(LlmEvent e) => by switch { "team" => e.Labels.Team ?? "", "provider" => e.Labels.Provider, _ => e.Labels.Model };
        string Cells(IEnumerable<LlmEvent> events) => string.Join(",", events.GroupBy(Column).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}={Usd(g.Sum(e => e.CostNanoUsd))}/{g.Count()}"));
        string ActualCells(JsonNode row) => string.Join(",", row["cells"]!.AsArray().OrderBy(c => c!["column"]!.GetValue<string>(), StringComparer.Ordinal)
            .Select(c => $"{c!["column"]}={c["spendUsd"]!.GetValue<decimal>()}/{c["requests"]}"));
        var users = rows.GroupBy(e => e.Labels.EndUserId ?? "").OrderByDescending(g => g.Sum(e => e.CostNanoUsd)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var shown = Math.Min(users.Count, limit ?? 100);
        var body = await GetAsync("/v1/dashboard/user-pivot", "", $"by={by}" + (limit is null ? "" : $"&limit={limit}"));

        Assert.Equal(rows.GroupBy(Column).OrderByDescending(g => g.Sum(e => e.CostNanoUsd)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key),
            body["columns"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(users.Take(shown).Select(g => $"{g.Key} {Usd(g.Sum(e => e.CostNanoUsd))} {g.Count()} {Cells(g)}"),
            body["rows"]!.AsArray().Select(r => $"{r!["userId"]} {r["spendUsd"]!.GetValue<decimal>()} {r["requests"]} {ActualCells(r)}"));
        Assert.Equal(users.Count, body["totalUsers"]!.GetValue<int>());
        var rest = users.Skip(shown).SelectMany(g => g).ToList();
        if (rest.Count == 0) { Assert.Null(body["rest"]); return; }
        Assert.Equal($"{users.Count - shown} {Usd(rest.Sum(e => e.CostNanoUsd))} {rest.Count} {Cells(rest)}",
            $"{body["rest"]!["users"]} {body["rest"]!["spendUsd"]!.GetValue<decimal>()} {body["rest"]!["requests"]} {ActualCells(body["rest"]!)}");
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Tokens_by_day_feature_and_model_equal_the_raw_rows(string query)
    {
        var (_, _, match) = Expected(query);
        var rows = data.Raw.Where(match).ToList();
        var body = await GetAsync("/v1/usage/tokens", query);
        string Expect(IEnumerable<IGrouping<string, LlmEvent>> groups) => string.Join(";", groups.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Count()} {g.Sum(e => e.InputTokens - e.CachedInputTokens - e.CacheWriteTokens)} {g.Sum(e => e.CachedInputTokens)} " +
                $"{g.Sum(e => e.OutputTokens)} {(double)g.Sum(e => e.InputTokens) / g.Count():F6} {(double)g.Sum(e => e.OutputTokens) / g.Count():F6}"));
        string Actual(string list) => string.Join(";", body[list]!.AsArray().OrderBy(r => r!["key"]!.GetValue<string>(), StringComparer.Ordinal)
            .Select(r => $"{r!["key"]} {r["requests"]} {r["uncachedInputTokens"]} {r["cachedInputTokens"]} {r["outputTokens"]} " +
                $"{r["averageInputPerRequest"]!.GetValue<double>():F6} {r["averageOutputPerResponse"]!.GetValue<double>():F6}"));

        Assert.Equal(Expect(rows.GroupBy(e => DateTimeOffset.FromUnixTimeMilliseconds(e.TimestampMs).UtcDateTime.ToString("yyyy-MM-dd"))), Actual("byDay"));
        Assert.Equal(Expect(rows.GroupBy(e => e.Labels.EndpointTag ?? "")), Actual("byEndpointTag"));
        Assert.Equal(Expect(rows.GroupBy(e => e.Labels.Model)), Actual("byModel"));
    }

    [Fact]
    public async Task Prompt_versions_of_a_feature_compare_side_by_side()
    {
        var (_, _, match) = Expected("range=90d");
        var body = await GetAsync("/v1/usage/prompt-versions", "range=90d", "endpointTag=checkout.summary&versions=v1&versions=v2&versions=v9");
        var versions = body["versions"]!.AsArray();
        Assert.Equal(["v1", "v2", "v9"], versions.Select(v => v!["promptVersion"]!.GetValue<string>()));
        foreach (var version in versions)
        {
            var rows = data.Raw.Where(e => match(e) && e.Labels.EndpointTag == "checkout.summary" && (e.Labels.PromptVersion ?? "") == version!["promptVersion"]!.GetValue<string>()).ToList();
            Assert.Equal(rows.Count, version!["requests"]!.GetValue<long>());
            Assert.Equal(Usd(rows.Sum(e => e.CostNanoUsd)), version["spendUsd"]!.GetValue<decimal>());
            if (rows.Count == 0) { Assert.Null(version["errorRate"]); continue; }
            Assert.Equal((double)rows.Count(e => e.Status == "error") / rows.Count, version["errorRate"]!.GetValue<double>(), 9);
            Assert.Equal((double)rows.Sum(e => e.OutputTokens) / rows.Count, version["averageOutputTokens"]!.GetValue<double>(), 9);
            Assert.Equal(rows.Where(e => e.LatencyMs is not null).Average(e => (double)e.LatencyMs!.Value), version["averageLatencyMs"]!.GetValue<double>(), 6);
        }
        await data.Owner.Client.GetJsonAsync("/v1/usage/prompt-versions", System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Top_users_and_user_timelines_equal_the_raw_rows()
    {
        var (windowFrom, windowTo, match) = Expected("");
        var (from, to) = (windowFrom - windowFrom % DayMs, (windowTo + DayMs - 1) / DayMs * DayMs);
        var users = data.Raw.Where(e => e.TimestampMs >= from && e.TimestampMs < to && match(WithTime(e, windowFrom)) && e.Labels.EndUserId is not null).ToList();
        var top = await GetAsync("/v1/dashboard/top-users", "");
        Assert.Equal(users.GroupBy(e => e.Labels.EndUserId).OrderByDescending(g => g.Sum(e => e.CostNanoUsd)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(10)
                .Select(g => $"{g.Key} {Usd(g.Sum(e => e.CostNanoUsd))} {g.Count()}"),
            top["byCost"]!.AsArray().Select(u => $"{u!["userId"]} {u["spendUsd"]!.GetValue<decimal>()} {u["requests"]}"));
        Assert.Equal(users.GroupBy(e => e.Labels.EndUserId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(10).Select(g => $"{g.Key} {g.Count()}"),
            top["byRequests"]!.AsArray().Select(u => $"{u!["userId"]} {u["requests"]}"));
        var active = users.Select(e => e.Labels.EndUserId).Distinct().Count();
        Assert.Equal($"{active} {Usd(users.Sum(e => e.CostNanoUsd)) / active} {(double)users.Count / active}",
            $"{top["activeUsers"]} {top["averageCostPerUserUsd"]!.GetValue<decimal>()} {top["averageRequestsPerUser"]!.GetValue<double>()}");

    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task User_timelines_equal_the_raw_rows(string filter)
    {
        var (windowFrom, windowTo, match) = Expected(filter);
        var (from, to) = (windowFrom - windowFrom % DayMs, (windowTo + DayMs - 1) / DayMs * DayMs);
        var users = data.Raw.Where(e => e.TimestampMs >= from && e.TimestampMs < to && match(WithTime(e, windowFrom)) && e.Labels.EndUserId is not null).ToList();
        var timelines = await GetAsync("/v1/dashboard/user-timelines", filter);
        Assert.Equal(users.GroupBy(e => e.TimestampMs - e.TimestampMs % DayMs).OrderBy(g => g.Key).Select(g =>
            {
                var active = g.Select(e => e.Labels.EndUserId).Distinct().Count();
                return $"{DateTimeOffset.FromUnixTimeMilliseconds(g.Key).UtcDateTime:O} {active} {Usd(g.Sum(e => e.CostNanoUsd)) / active} {(double)g.Count() / active}";
            }),
            timelines["days"]!.AsArray().Select(d =>
                $"{d!["day"]!.GetValue<DateTime>():O} {d["activeUsers"]} {d["averageCostPerUserUsd"]!.GetValue<decimal>()} {d["averageRequestsPerUser"]!.GetValue<double>()}"));
    }

    [Fact]
    public async Task Bad_filters_are_named_and_another_organizations_data_never_shows()
    {
        var problem = await data.Owner.Client.GetJsonAsync("/v1/dashboard/overview?range=2w&dataMode=live&environment=qa", System.Net.HttpStatusCode.BadRequest);
        Assert.Equal(["dataMode", "environment", "range"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        var custom = await data.Owner.Client.GetJsonAsync("/v1/dashboard/overview?range=custom&from=2026-02-01T00:00:00Z", System.Net.HttpStatusCode.BadRequest);
        Assert.Equal(["to"], custom["errors"]!.AsObject().Select(e => e.Key));
        var explorer = await data.Owner.Client.GetJsonAsync("/v1/usage/explorer?groupBy=user&thenBy=endpointTag&limit=0", System.Net.HttpStatusCode.BadRequest);
        Assert.Equal(["limit", "thenBy"], explorer["errors"]!.AsObject().Select(e => e.Key).Order());
        var pivot = await data.Owner.Client.GetJsonAsync("/v1/dashboard/user-pivot?limit=5001", System.Net.HttpStatusCode.BadRequest);
        Assert.Equal("limit must be between 1 and 5000.", pivot["errors"]!["limit"]![0]!.GetValue<string>());

        var other = await data.SignupOwnerAsync();
        var overview = await other.Client.GetJsonAsync("/v1/dashboard/overview?dataMode=all&range=90d");
        Assert.Equal(0, overview["requests"]!.GetValue<long>());
    }

    /// <summary>The event moved to <paramref name="timestampMs"/>, to test its other dimensions against a filter.</summary>
    private static LlmEvent WithTime(LlmEvent e, long timestampMs) => new()
    {
        TimestampMs = timestampMs, DataMode = e.DataMode, Labels = e.Labels, Environment = e.Environment,
    };

    private static long NearestRank(List<long> sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Count) - 1];

    private static void AssertInBucketOf(long exact, double estimate)
    {
        var bucket = LatencyHistogram.BucketOf(exact);
        Assert.InRange(estimate, LatencyHistogram.LowerBoundMs(bucket),
            bucket < LatencyHistogram.UpperBoundsMs.Length ? LatencyHistogram.UpperBoundsMs[bucket] : double.MaxValue);
    }
}
