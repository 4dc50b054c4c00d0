using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class UsageUserDailyConfiguration : IEntityTypeConfiguration<UsageUserDaily>
{
    public void Configure(EntityTypeBuilder<UsageUserDaily> builder)
    {
        builder.ToTable("UsageUserDaily");
        UserRollups.ConfigureCommon(builder, "DayStartMs");
        builder.HasIndex(e => new { e.OrganizationId, e.PeriodStartMs, e.EndUserId, e.Environment, e.DataMode }).IsUnique();
    }
}

public sealed class UsageUserBreakdownHourlyConfiguration : IEntityTypeConfiguration<UsageUserBreakdownHourly>
{
    public void Configure(EntityTypeBuilder<UsageUserBreakdownHourly> builder)
    {
        builder.ToTable("UsageUserBreakdownHourly");
        UserRollups.ConfigureCommon(builder, "HourStartMs");
        builder.Property(e => e.Provider).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Model).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Team).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.HasIndex(e => new { e.OrganizationId, e.PeriodStartMs, e.EndUserId, e.Provider, e.Model, e.Team, e.Environment, e.DataMode }).IsUnique();
    }
}

internal static class UserRollups
{
    public static void ConfigureCommon<T>(EntityTypeBuilder<T> builder, string periodColumn) where T : UserRollupRow
    {
        builder.Property(e => e.PeriodStartMs).HasColumnName(periodColumn);
        builder.Property(e => e.EndUserId).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Environment).HasMaxLength(16);
        builder.Property(e => e.DataMode).HasMaxLength(16);
    }
}
