using AIntops.Domain.Notifications;
using AIntops.Domain.Organizations;
using AIntops.Domain.Reports;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.Property(a => a.Type).HasMaxLength(Limits.ShortTextMaxLength);
        builder.Property(a => a.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Title).HasMaxLength(NotificationLimits.TitleMaxLength);
        builder.Property(a => a.Message).HasMaxLength(NotificationLimits.MessageMaxLength);
        builder.Property(a => a.ReportWeek).HasMaxLength(WeeklyReportSend.WeekMaxLength);
        builder.Property(a => a.DedupeKey).HasMaxLength(NotificationLimits.DedupeKeyMaxLength);
        builder.HasIndex(a => new { a.OrganizationId, a.DedupeKey }).IsUnique();
        builder.HasIndex(a => new { a.OrganizationId, a.CreatedAt });
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
