using AIntops.Domain.Common;
using AIntops.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
