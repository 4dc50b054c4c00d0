using AIntops.Domain.Insights;
using AIntops.Domain.Organizations;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class JobFailureConfiguration : IEntityTypeConfiguration<JobFailure>
{
    public void Configure(EntityTypeBuilder<JobFailure> builder)
    {
        builder.Property(f => f.JobKey).HasMaxLength(JobRunLimits.KeyMaxLength);
        builder.Property(f => f.Error).HasMaxLength(JobRunLimits.ErrorMaxLength);
        builder.HasIndex(f => new { f.OrganizationId, f.JobKey });
        builder.HasIndex(f => f.JobKey);
        builder.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
