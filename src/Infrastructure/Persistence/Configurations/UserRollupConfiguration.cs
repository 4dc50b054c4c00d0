using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class UsageUserDailyConfiguration : IEntityTypeConfiguration<UsageUserDaily>
{
    public void Configure(EntityTypeBuilder<UsageUserDaily> builder)
    {
        UserRollups.ConfigureCommon(builder);
    }
}

public sealed class UsageUserBreakdownHourlyConfiguration : IEntityTypeConfiguration<UsageUserBreakdownHourly>
{
    public void Configure(EntityTypeBuilder<UsageUserBreakdownHourly> builder)
    {
        UserRollups.ConfigureCommon(builder);
        builder.Property(e => e.Provider).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Model).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Team).HasMaxLength(IngestLimits.DimensionMaxLength);
    }
}

internal static class UserRollups
{
    public static void ConfigureCommon<T>(EntityTypeBuilder<T> builder) where T : UserRollupRow
    {
        builder.ConfigureRollupTable(RollupTables.Of<T>());
        builder.Property(e => e.EndUserId).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Environment).HasMaxLength(16);
        builder.Property(e => e.DataMode).HasMaxLength(16);
    }
}
