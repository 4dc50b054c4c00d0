using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIntops.Infrastructure.Persistence.Configurations;

/// <summary>The hourly and daily usage rollups: one shape, their own table and period column.</summary>
public abstract class UsageRollupConfiguration<T>(string table, string periodColumn) : IEntityTypeConfiguration<T> where T : UsageRollupRow
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.ConfigureRollupKey(periodColumn);
        builder.Property(e => e.EndpointTag).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.PromptVersion).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Status).HasMaxLength(16);
        builder.HasIndex(e => new
        {
            e.OrganizationId, e.PeriodStartMs, e.Provider, e.Model, e.Team, e.Environment, e.DataMode, e.EndpointTag, e.PromptVersion, e.Status, e.ApiKeyId,
        }).IsUnique();
    }
}

internal static class RollupKeyConfiguration
{
    /// <summary>The period column's name and the dimensions' lengths every period rollup shares.</summary>
    public static void ConfigureRollupKey<T>(this EntityTypeBuilder<T> builder, string periodColumn) where T : RollupRow
    {
        builder.Property(e => e.PeriodStartMs).HasColumnName(periodColumn);
        builder.Property(e => e.Provider).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Model).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Team).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Environment).HasMaxLength(16);
        builder.Property(e => e.DataMode).HasMaxLength(16);
    }
}

public sealed class UsageHourlyConfiguration() : UsageRollupConfiguration<UsageHourly>("UsageHourly", "HourStartMs");

public sealed class UsageDailyConfiguration() : UsageRollupConfiguration<UsageDaily>("UsageDaily", "DayStartMs");
