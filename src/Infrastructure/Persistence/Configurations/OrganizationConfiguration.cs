using AIntops.Domain.Organizations;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Limits.NameMaxLength);
        builder.Property(o => o.MembershipVersion).IsConcurrencyToken();
    }
}
