using AIntops.Domain.Ingest;
using AIntops.Domain.Insights;
using AIntops.Domain.Organizations;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class AnomalyConfiguration : IEntityTypeConfiguration<Anomaly>
{
    public void Configure(EntityTypeBuilder<Anomaly> builder)
    {
        builder.Property(a => a.ScopeKind).HasMaxLength(16);
        builder.Property(a => a.ScopeValue).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(a => a.DriverDimension).HasMaxLength(Limits.ShortTextMaxLength);
        builder.Property(a => a.DriverValue).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.HasIndex(a => new { a.OrganizationId, a.ScopeKind, a.ScopeValue, a.WindowStartUtc }).IsUnique();
        builder.HasIndex(a => new { a.OrganizationId, a.WindowStartUtc });
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
