using AIntops.Domain.Users;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.Email).HasMaxLength(Limits.EmailMaxLength);
        builder.HasIndex(u => u.Email).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(Limits.NameMaxLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(Limits.HashMaxLength);
    }
}
