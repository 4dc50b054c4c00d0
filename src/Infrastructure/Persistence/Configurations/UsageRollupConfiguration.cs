using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence.Configurations;

/// <summary>The hourly and daily usage rollups: one shape, their table, period column and key from <see cref="RollupTables"/>.</summary>
public abstract class UsageRollupConfiguration<T> : IEntityTypeConfiguration<T> where T : UsageRollupRow
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ConfigureRollupKey();
        builder.Property(e => e.Status).StoredAs(StoredCodes.Status);
        builder.Property(e => e.CacheOutcome).StoredAs(StoredCodes.CacheOutcome);
    }
}

internal static class RollupTableConfiguration
{
    /// <summary>
    /// The declared table name, period column and natural key, which is the primary key: the key columns are stored once (on
    /// SQLite the table is clustered on it, <see cref="SqliteMigrationsGenerator"/>), not in the rows and again in a unique index.
    /// </summary>
    public static void ConfigureRollupTable<T>(this EntityTypeBuilder<T> builder, RollupTable table) where T : class
    {
        builder.ToTable(table.Name);
        builder.Property<long>(nameof(RollupRow.PeriodStartMs)).HasColumnName(table.PeriodColumn);
        builder.HasKey(table.Keys.Select(RollupTable.PropertyOf).ToArray());
    }

    /// <summary>The key every period rollup shares.</summary>
    public static void ConfigureRollupKey<T>(this EntityTypeBuilder<T> builder) where T : RollupRow
    {
        builder.ConfigureRollupTable(RollupTables.Of<T>());
        builder.Property(e => e.Environment).StoredAs(StoredCodes.Environment);
        builder.Property(e => e.DataMode).StoredAs(StoredCodes.DataMode);
    }
}

public sealed class UsageHourlyConfiguration : UsageRollupConfiguration<UsageHourly>;

public sealed class UsageDailyConfiguration : UsageRollupConfiguration<UsageDaily>;
