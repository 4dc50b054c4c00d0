using AIntops.Domain.Organizations;
using AIntops.Domain.Reports;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class WeeklyReportSendConfiguration : IEntityTypeConfiguration<WeeklyReportSend>
{
    public void Configure(EntityTypeBuilder<WeeklyReportSend> builder)
    {
        builder.Property(s => s.Week).HasMaxLength(WeeklyReportSend.WeekMaxLength);
        builder.HasIndex(s => new { s.OrganizationId, s.Week }).IsUnique();
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
