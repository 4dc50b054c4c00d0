using AIntops.Domain.Insights;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasKey(r => r.JobKey);
        builder.Property(r => r.JobKey).HasMaxLength(JobRunLimits.KeyMaxLength);
        builder.Property(r => r.LastOutcome).HasMaxLength(16);
        builder.Property(r => r.LastError).HasMaxLength(JobRunLimits.ErrorMaxLength);
        builder.Property(r => r.LastInstance).HasMaxLength(JobRunLimits.InstanceMaxLength);
    }
}
