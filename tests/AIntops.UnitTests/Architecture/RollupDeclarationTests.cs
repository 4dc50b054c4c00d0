using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIntops.UnitTests.Architecture;

/// <summary>The declared tables, which the writer's SQL comes from, against the EF model the migrations come from.</summary>
public sealed class RollupDeclarationTests
{
    [Fact]
    public void The_EF_model_of_both_engines_matches_every_declared_rollup_table_and_the_event_columns()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.Empty(DeclaredTablesCheck.Differences(sqlite.Model));
        Assert.Empty(DeclaredTablesCheck.Differences(postgres.Model));
    }

    [Fact]
    public void A_model_that_drifts_from_a_declaration_is_named_column_by_column()
    {
        var builder = new ModelBuilder();
        builder.Entity<UsageDaily>(ConfigureDrifted);
        builder.Entity<LlmEvent>().ToTable("LlmEvents").Property<string>("Unwritten");
        var model = builder.FinalizeModel();

        var differences = DeclaredTablesCheck.Differences(model);

        Assert.Contains("UsageDaily has no column DayStartMs", differences);
        Assert.Contains($"UsageDaily is not keyed by ({string.Join(", ", RollupTables.Daily.Keys)})", differences);
        Assert.Contains("UsageHourly is not mapped", differences);
        Assert.Contains("the event column Unwritten is not written", differences);
        Assert.Throws<InvalidOperationException>(() => DeclaredTablesCheck.Verify(model));
    }

    [Fact]
    public void Every_declared_row_holds_its_keys_then_its_counters()
    {
        var e = new LlmEvent
        {
            OrganizationRef = 7, TimestampMs = 1_700_000_000_000, ProviderRef = 8, ModelRef = 9, Environment = "prod", DataMode = "real",
            Status = "success", InputTokens = 10, OutputTokens = 5, LatencyMs = 120,
        };
        foreach (var table in RollupTables.All)
        {
            var row = Assert.Single(table.RowsOf([e]));
            Assert.Equal(table.Keys.Length + table.Counters.Length, row.Length);
            Assert.Equal(e.OrganizationRef, row[0]);
            Assert.Equal(UsageRollups.StartOf(e.TimestampMs, table.PeriodMs), row[1]);
            Assert.Equal(1L, row[table.Keys.Length]);
        }
    }

    /// <summary>The table without its declared period column name, keyed by part of its key.</summary>
    private static void ConfigureDrifted(EntityTypeBuilder<UsageDaily> entity)
    {
        entity.ToTable("UsageDaily");
        entity.HasKey(r => new { r.OrganizationRef, r.PeriodStartMs, r.ModelRef });
    }
}
