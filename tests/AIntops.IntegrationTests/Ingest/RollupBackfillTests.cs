using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Persistence;
using AIntops.Infrastructure.Persistence.Migrations;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Ingest;

/// <summary>The migrations that add or reshape rollups fill them from what the database already holds. Tests of this class share one database.</summary>
public sealed class RollupBackfillTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>The migration before the per-user breakdown moved from days to hours.</summary>
    private const string BeforeHourlyBreakdown = "Insights";

    /// <summary>The migration before dimensions were stored as refs.</summary>
    private const string BeforeCompactEventStore = "RollupsKeyedByNaturalKey";

    /// <summary>The migration before the per-user daily rollup was split by provider.</summary>
    private const string BeforeUserDailyByProvider = "CompactEventStore";

    /// <summary>The migration before the usage rollups were split by cache outcome.</summary>
    private const string BeforeCacheOutcome = "PasswordResetTokens";

    [Fact]
    public async Task The_migration_backfills_rebuild_the_rollups_from_the_raw_rows()
    {
        var organizationId = await IngestVariedEventsAsync();

        await WithMigratorAsync(async (db, migrator) =>
        {
            await migrator.MigrateAsync(BeforeHourlyBreakdown);
            await db.UsageDaily.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"UsageUserBreakdownDaily\"");
            await db.LatencyHourly.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.LatencyDaily.IgnoreQueryFilters().ExecuteDeleteAsync();
            foreach (var statement in AnalyticsRollupsBackfill.Statements()) await db.Database.ExecuteSqlRawAsync(statement);
            await migrator.MigrateAsync();
        });

        // Going down summed the hours into days; coming back up rebuilt every hour from the raw rows.
        await factory.AssertRollupsMatchRawRowsAsync(organizationId);
    }

    [Fact]
    public async Task Moving_the_user_breakdown_to_hours_keeps_what_a_day_holds_beyond_its_raw_rows()
    {
        await IngestVariedEventsAsync();
        var hourlyByDay = await BreakdownDaysAsync();
        var dailyRows = new List<string>();

        await WithMigratorAsync(async (db, migrator) =>
        {
            await migrator.MigrateAsync(BeforeHourlyBreakdown);
            Assert.Equal(hourlyByDay, await DailyBreakdownAsync(db));
            // What retention leaves: a day whose raw rows are all gone, and a day that lost some of them.
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"UsageUserBreakdownDaily\" (\"OrganizationId\", \"DayStartMs\", \"EndUserId\", \"Provider\", \"Model\", \"Team\", \"Environment\", " +
                "\"DataMode\", \"Requests\", \"InputTokens\", \"OutputTokens\", \"CostNanoUsd\") SELECT \"OrganizationId\", \"DayStartMs\" - 10 * 86400000, " +
                "\"EndUserId\", \"Provider\", \"Model\", \"Team\", \"Environment\", \"DataMode\", \"Requests\", \"InputTokens\", \"OutputTokens\", \"CostNanoUsd\" " +
                "FROM \"UsageUserBreakdownDaily\" WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"UsageUserBreakdownDaily\")");
            await db.Database.ExecuteSqlRawAsync("UPDATE \"UsageUserBreakdownDaily\" SET \"Requests\" = \"Requests\" + 5, \"CostNanoUsd\" = \"CostNanoUsd\" + 1000 " +
                "WHERE \"Id\" = (SELECT MAX(\"Id\") FROM \"UsageUserBreakdownDaily\")");
            dailyRows = await DailyBreakdownAsync(db);
            await migrator.MigrateAsync();
        });

        Assert.NotEqual(hourlyByDay, dailyRows);
        Assert.Equal(dailyRows, await BreakdownDaysAsync());
    }

    [Fact]
    public async Task Splitting_the_usage_rollups_by_cache_outcome_keeps_what_a_period_holds_beyond_its_raw_rows()
    {
        await IngestVariedEventsAsync();
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        await factory.CreateClient().WithApiKey(key).IngestBatchAsync(
            Enumerable.Range(0, 6).Select(i => IngestApi.Event(input: 1000, extra: new { cacheWriteTokens = i % 2 == 0 ? 400 : 0, cachedInputTokens = i % 3 == 0 ? 300 : 0 })));
        string[] tables = ["UsageHourly", "UsageDaily"];
        var before = new Dictionary<string, List<string>>();

        await WithMigratorAsync(async (db, migrator) =>
        {
            await migrator.MigrateAsync(BeforeCacheOutcome);
            foreach (var table in tables)
            {
                // What retention leaves: a period whose raw rows are all gone, and a row that lost some of them.
                var copyOfFirstRowTenDaysEarlier =
                    $"INSERT INTO \"{table}\" ({UsageColumns(table)}) SELECT {UsageColumns(table).Replace($"\"{Period(table)}\"", $"\"{Period(table)}\" - 10 * 86400000")} " +
                    $"FROM \"{table}\" WHERE \"Id\" = (SELECT MIN(\"Id\") FROM \"{table}\")";
                var moreInLastRow = $"UPDATE \"{table}\" SET \"Requests\" = \"Requests\" + 5, \"CostNanoUsd\" = \"CostNanoUsd\" + 1000 " +
                    $"WHERE \"Id\" = (SELECT MAX(\"Id\") FROM \"{table}\")";
                await db.Database.ExecuteSqlRawAsync(moreInLastRow);
                await db.Database.ExecuteSqlRawAsync(copyOfFirstRowTenDaysEarlier);
                before[table] = await SumsWithoutOutcomeAsync(db, table);
            }
            await migrator.MigrateAsync();
        });

        await WithMigratorAsync(async (db, migrator) =>
        {
            // Compared in the text columns of the time, before the dimensions became refs.
            await migrator.MigrateAsync(BeforeCompactEventStore);
            foreach (var table in tables) Assert.Equal(before[table], await SumsWithoutOutcomeAsync(db, table));
            await migrator.MigrateAsync();
        });
        var ownerRef = await factory.WithDbAsync(db => db.Dimensions.Where(d => d.OrganizationId == owner.OrganizationId && d.Kind == DimensionKind.Organization)
            .Select(d => d.Id).SingleAsync());
        var (hourly, daily) = await factory.WithDbAsync(async db => (await db.UsageHourly.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
            await db.UsageDaily.IgnoreQueryFilters().AsNoTracking().ToListAsync()));
        foreach (var rows in new[] { hourly.Cast<UsageRollupRow>().ToList(), daily.Cast<UsageRollupRow>().ToList() })
        {
            var notRecorded = rows.Where(r => r.CacheOutcome == CacheOutcomes.NotRecorded).ToList();
            Assert.Equal(2, notRecorded.Count);
            Assert.Contains(notRecorded, r => r.Requests == 5 && r.CostNanoUsd == 1000);
            // The rows backed by raw events are split as the events are; which organization's rows were changed above depends on row ids.
            Assert.Equal([(CacheOutcomes.CacheRead, 2L), (CacheOutcomes.CacheWrite, 2L), (CacheOutcomes.Uncached, 2L)],
                rows.Where(r => r.OrganizationRef == ownerRef && r.CacheOutcome != CacheOutcomes.NotRecorded)
                    .GroupBy(r => r.CacheOutcome).Select(g => (g.Key, g.Sum(r => r.Requests))).Order());
        }
    }

    [Fact]
    public async Task Splitting_the_user_days_by_provider_keeps_what_a_day_holds_beyond_the_hourly_breakdown()
    {
        await IngestVariedEventsAsync();
        const string keys = "\"OrganizationRef\" || '|' || \"DayStartMs\" || '|' || \"EndUserRef\" || '|' || \"Environment\" || '|' || \"DataMode\"";
        const string userDays = $"SELECT {keys} || ' => ' || SUM(\"Requests\") || ' ' || SUM(\"InputTokens\") || ' ' || SUM(\"OutputTokens\") || ' cost ' || " +
            $"SUM(\"CostNanoUsd\") AS \"Value\" FROM \"UsageUserDaily\" GROUP BY {keys}";
        var before = new List<string>();

        await WithMigratorAsync(async (db, migrator) =>
        {
            await migrator.MigrateAsync(BeforeUserDailyByProvider);
            // What a day can hold beyond the hourly breakdown (as retention may leave it): more in one row, and a day of its own.
            await db.Database.ExecuteSqlRawAsync("UPDATE \"UsageUserDaily\" SET \"Requests\" = \"Requests\" + 5, \"CostNanoUsd\" = \"CostNanoUsd\" + 1000 " +
                "WHERE \"DayStartMs\" = (SELECT MAX(\"DayStartMs\") FROM \"UsageUserDaily\")");
            const string columns = "\"EndUserRef\", \"Environment\", \"DataMode\", \"CostNanoUsd\", \"InputTokens\", \"OutputTokens\", \"Requests\"";
            await db.Database.ExecuteSqlRawAsync($"INSERT INTO \"UsageUserDaily\" (\"OrganizationRef\", \"DayStartMs\", {columns}) " +
                $"SELECT \"OrganizationRef\", \"DayStartMs\" - 10 * 86400000, {columns} FROM \"UsageUserDaily\" " +
                "WHERE \"DayStartMs\" = (SELECT MIN(\"DayStartMs\") FROM \"UsageUserDaily\")");
            before = await TextsAsync(db, userDays);
            await migrator.MigrateAsync();
            Assert.Equal(before, await TextsAsync(db, userDays));
            Assert.Contains(await db.UsageUserDaily.IgnoreQueryFilters().ToListAsync(), r => r.ProviderRef == 0 && r.Requests == 5 && r.CostNanoUsd == 1000);

            await migrator.MigrateAsync(BeforeUserDailyByProvider);
            Assert.Equal(before, await TextsAsync(db, userDays));
            await migrator.MigrateAsync();
        });
    }

    private static async Task<List<string>> TextsAsync(AppDbContext db, string sql) =>
        (await db.Database.SqlQueryRaw<string>(sql).ToListAsync()).Order(StringComparer.Ordinal).ToList();

    private async Task<Guid> IngestVariedEventsAsync()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.CreateClient().WithApiKey(key)
            .IngestBatchAsync(Enumerable.Range(0, 150).Select(i => IngestDataApi.VariedEvent(i, i % 4 == 0 ? DataModes.Test : DataModes.Real, now)));
        return owner.OrganizationId;
    }

    private async Task WithMigratorAsync(Func<AppDbContext, IMigrator, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await work(db, db.GetService<IMigrator>());
    }

    /// <summary>The hourly breakdown of every organization summed by day, as text (the daily table's shape).</summary>
    private async Task<List<string>> BreakdownDaysAsync() => await factory.WithDbAsync(async db =>
    {
        var dimensions = await db.Dimensions.AsNoTracking().ToDictionaryAsync(d => d.Id);
        string Value(int id) => id == 0 ? "" : dimensions[id].Value;
        return (await db.UsageUserBreakdownHourly.IgnoreQueryFilters().AsNoTracking().ToListAsync())
        .GroupBy(r => $"{dimensions[r.OrganizationRef].OrganizationId}|{r.PeriodStartMs - r.PeriodStartMs % UsageRollups.DayMs}|" +
            $"{Value(r.EndUserRef)}|{Value(r.ProviderRef)}|{Value(r.ModelRef)}|{Value(r.TeamRef)}|{r.Environment}|{r.DataMode}")
        .Select(g => $"{g.Key} => {g.Sum(r => r.Requests)} {g.Sum(r => r.InputTokens)} {g.Sum(r => r.OutputTokens)} cost {g.Sum(r => r.CostNanoUsd)}")
        .Order(StringComparer.Ordinal).ToList();
    });

    private static Task<List<string>> DailyBreakdownAsync(AppDbContext db) =>
        TextsAsync(db,
            "SELECT LOWER(CAST(\"OrganizationId\" AS TEXT)) || '|' || \"DayStartMs\" || '|' || \"EndUserId\" || '|' || \"Provider\" || '|' || \"Model\" || '|' || \"Team\" || '|' || \"Environment\" || '|' || " +
            "\"DataMode\" || ' => ' || \"Requests\" || ' ' || \"InputTokens\" || ' ' || \"OutputTokens\" || ' cost ' || \"CostNanoUsd\" AS \"Value\" " +
            "FROM \"UsageUserBreakdownDaily\"");

    private static string Period(string table) => table == "UsageHourly" ? "HourStartMs" : "DayStartMs";

    private static string UsageColumns(string table) => string.Join(", ", new[]
    {
        "OrganizationId", Period(table), "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId", "Requests",
        "InputTokens", "OutputTokens", "CachedInputTokens", "CacheWriteTokens", "CostNanoUsd", "UnpricedRequests", "LatencySumMs", "LatencyCount",
    }.Select(c => $"\"{c}\""));

    /// <summary>Every row of a usage rollup summed over cache outcomes, as text.</summary>
    private static Task<List<string>> SumsWithoutOutcomeAsync(AppDbContext db, string table)
    {
        var keys = $"LOWER(CAST(\"OrganizationId\" AS TEXT)), \"{Period(table)}\", \"Provider\", \"Model\", \"Team\", \"Environment\", \"DataMode\", \"EndpointTag\", " +
            "\"PromptVersion\", \"Status\", LOWER(CAST(\"ApiKeyId\" AS TEXT))";
        var sums =
            $"SELECT {keys.Replace(", ", " || '|' || ")} || ' => ' || SUM(\"Requests\") || ' ' || SUM(\"InputTokens\") || ' ' || SUM(\"CachedInputTokens\") || ' ' || " +
            $"SUM(\"CacheWriteTokens\") || ' ' || SUM(\"CostNanoUsd\") || ' ' || SUM(\"UnpricedRequests\") || ' ' || SUM(\"LatencySumMs\") || ' ' || SUM(\"LatencyCount\") " +
            $"AS \"Value\" FROM \"{table}\" GROUP BY {keys}";
        return TextsAsync(db, sums);
    }
}
