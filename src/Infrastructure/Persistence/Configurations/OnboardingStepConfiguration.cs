using AIntops.Domain.Common;
using AIntops.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class OnboardingStepConfiguration : IEntityTypeConfiguration<OnboardingStep>
{
    public void Configure(EntityTypeBuilder<OnboardingStep> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(Limits.ShortTextMaxLength);
        builder.HasIndex(s => new { s.OrganizationId, s.Key }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
