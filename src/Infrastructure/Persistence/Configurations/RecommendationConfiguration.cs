using AIntops.Domain.Insights;
using AIntops.Domain.Organizations;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Type).HasMaxLength(Limits.ShortTextMaxLength);
        builder.Property(r => r.Fingerprint).HasMaxLength(RecommendationLimits.FingerprintMaxLength);
        builder.Property(r => r.Title).HasMaxLength(RecommendationLimits.TitleMaxLength);
        builder.Property(r => r.Explanation).HasMaxLength(RecommendationLimits.ExplanationMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.SavingBasis).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => new { r.OrganizationId, r.Fingerprint }).IsUnique();
        builder.HasIndex(r => new { r.OrganizationId, r.Status, r.SavingNanoUsd });
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
