using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class PlanUsageConfiguration : IEntityTypeConfiguration<PlanUsage>
{
    public void Configure(EntityTypeBuilder<PlanUsage> builder)
    {
        builder.ToTable("PlanUsage");
        builder.HasKey(p => new { p.OrganizationId, p.Month });
    }
}
