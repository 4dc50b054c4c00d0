using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIntops.Infrastructure.Persistence.Configurations;

/// <summary>The hourly and daily latency histograms: one shape, their own table and period column.</summary>
public abstract class LatencyRollupConfiguration<T>(string table, string periodColumn) : IEntityTypeConfiguration<T> where T : LatencyRollupRow
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.ConfigureRollupKey(periodColumn);
        builder.Ignore(e => e.Counts);
        for (var bucket = 0; bucket < LatencyHistogram.Buckets; bucket++) builder.Property<long>(LatencyHistogram.Column(bucket));
        builder.HasIndex(e => new { e.OrganizationId, e.PeriodStartMs, e.Provider, e.Model, e.Team, e.Environment, e.DataMode }).IsUnique();
    }
}

public sealed class LatencyHourlyConfiguration() : LatencyRollupConfiguration<LatencyHourly>("LatencyHourly", "HourStartMs");

public sealed class LatencyDailyConfiguration() : LatencyRollupConfiguration<LatencyDaily>("LatencyDaily", "DayStartMs");
