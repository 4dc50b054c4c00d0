using AIntops.Domain.Users;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class LoginThrottleConfiguration : IEntityTypeConfiguration<LoginThrottle>
{
    public void Configure(EntityTypeBuilder<LoginThrottle> builder)
    {
        builder.HasKey(t => t.Email);
        builder.Property(t => t.Email).HasMaxLength(Limits.EmailMaxLength);
    }
}
