using AIntops.Domain.Organizations;
using AIntops.Domain.Providers;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class ProviderConnectionConfiguration : IEntityTypeConfiguration<ProviderConnection>
{
    public void Configure(EntityTypeBuilder<ProviderConnection> builder)
    {
        builder.Property(c => c.Provider).HasMaxLength(Limits.ShortTextMaxLength);
        builder.Property(c => c.Name).HasMaxLength(Limits.NameMaxLength);
        builder.Property(c => c.BaseUrl).HasMaxLength(ProviderLimits.BaseUrlMaxLength);
        builder.Property(c => c.CredentialToken).HasMaxLength(ProviderLimits.CredentialTokenMaxLength);
        builder.Property(c => c.KeySuffix).HasMaxLength(ProviderLimits.KeySuffixLength);
        builder.Property(c => c.LastError).HasMaxLength(Limits.DetailMaxLength);
        builder.HasIndex(c => c.OrganizationId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
