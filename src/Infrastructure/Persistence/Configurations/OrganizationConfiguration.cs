using AIntops.Domain.Organizations;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Limits.NameMaxLength);
        builder.Property(o => o.MembershipVersion).IsConcurrencyToken();
        builder.Property(o => o.TimeZone).HasMaxLength(64).HasDefaultValue("UTC");
        builder.Property(o => o.ContentRetentionDays).HasDefaultValue(RetentionPolicy.DefaultContentDays);
    }
}
