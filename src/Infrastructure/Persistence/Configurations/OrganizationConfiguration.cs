using AIntops.Domain.Organizations;
using AIntops.Domain.Providers;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Limits.NameMaxLength);
        builder.Property(o => o.MembershipVersion).IsConcurrencyToken();
        builder.Property(o => o.TimeZone).HasMaxLength(64).HasDefaultValue("UTC");
        builder.Property(o => o.GatewayOpenAiUrl).HasMaxLength(ProviderLimits.BaseUrlMaxLength);
        builder.Property(o => o.GatewayAnthropicUrl).HasMaxLength(ProviderLimits.BaseUrlMaxLength);
        builder.Property(o => o.ContentRetentionDays).HasDefaultValue(RetentionPolicy.DefaultContentDays);
    }
}
