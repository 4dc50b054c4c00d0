using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;
using AIntops.Domain.Pricing;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class PriceOverrideConfiguration : IEntityTypeConfiguration<PriceOverride>
{
    public void Configure(EntityTypeBuilder<PriceOverride> builder)
    {
        builder.Property(o => o.Provider).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(o => o.Model).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.HasIndex(o => new { o.OrganizationId, o.Model, o.EffectiveFrom }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
