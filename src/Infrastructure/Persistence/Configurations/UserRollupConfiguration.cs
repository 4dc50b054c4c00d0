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
    }
}

internal static class UserRollups
{
    public static void ConfigureCommon<T>(EntityTypeBuilder<T> builder) where T : UserRollupRow
    {
        builder.ConfigureRollupTable(RollupTables.Of<T>());
        builder.Property(e => e.Environment).StoredAs(StoredCodes.Environment);
        builder.Property(e => e.DataMode).StoredAs(StoredCodes.DataMode);
    }
}
