using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence.Configurations;

/// <summary>The hourly and daily latency histograms: one shape, their table, period column and key from <see cref="RollupTables"/>.</summary>
public abstract class LatencyRollupConfiguration<T> : IEntityTypeConfiguration<T> where T : LatencyRollupRow
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ConfigureRollupKey();
        builder.Ignore(e => e.Counts);
        for (var bucket = 0; bucket < LatencyHistogram.Buckets; bucket++) builder.Property<long>(LatencyHistogram.Column(bucket));
    }
}

public sealed class LatencyHourlyConfiguration : LatencyRollupConfiguration<LatencyHourly>;

public sealed class LatencyDailyConfiguration : LatencyRollupConfiguration<LatencyDaily>;
