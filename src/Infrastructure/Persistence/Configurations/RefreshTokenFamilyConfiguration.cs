using AIntops.Domain.Auth;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class RefreshTokenFamilyConfiguration : IEntityTypeConfiguration<RefreshTokenFamily>
{
    public void Configure(EntityTypeBuilder<RefreshTokenFamily> builder)
    {
        builder.HasIndex(f => f.UserId);
    }
}
