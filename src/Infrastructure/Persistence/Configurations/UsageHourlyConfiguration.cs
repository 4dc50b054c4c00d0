using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class UsageHourlyConfiguration : IEntityTypeConfiguration<UsageHourly>
{
    public void Configure(EntityTypeBuilder<UsageHourly> builder)
    {
        builder.ToTable("UsageHourly");
        foreach (var dimension in new[] { nameof(UsageHourly.Provider), nameof(UsageHourly.Model), nameof(UsageHourly.Team),
                     nameof(UsageHourly.EndpointTag), nameof(UsageHourly.PromptVersion) })
            builder.Property(dimension).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Environment).HasMaxLength(16);
        builder.Property(e => e.DataMode).HasMaxLength(16);
        builder.Property(e => e.Status).HasMaxLength(16);
        builder.HasIndex(e => new
        {
            e.OrganizationId, e.HourStartMs, e.Provider, e.Model, e.Team, e.Environment, e.DataMode, e.EndpointTag, e.PromptVersion, e.Status, e.ApiKeyId,
        }).IsUnique();
    }
}
