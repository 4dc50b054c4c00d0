using AIntops.Domain.Dashboards;
using AIntops.Domain.Organizations;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class DashboardConfiguration : IEntityTypeConfiguration<Dashboard>
{
    public void Configure(EntityTypeBuilder<Dashboard> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(Limits.NameMaxLength);
        builder.HasIndex(d => d.OrganizationId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Widgets).WithOne().HasForeignKey(w => w.DashboardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Widgets).HasField("_widgets").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
