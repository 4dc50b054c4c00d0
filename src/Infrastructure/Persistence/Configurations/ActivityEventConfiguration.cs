using AIntops.Domain.Activity;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class ActivityEventConfiguration : IEntityTypeConfiguration<ActivityEvent>
{
    public void Configure(EntityTypeBuilder<ActivityEvent> builder)
    {
        builder.Property(e => e.Type).HasMaxLength(Limits.ShortTextMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(Limits.EmailMaxLength);
        builder.Property(e => e.Detail).HasMaxLength(Limits.DetailMaxLength);
        builder.Property(e => e.ClientIp).HasMaxLength(Limits.ShortTextMaxLength);
        builder.HasIndex(e => new { e.OrganizationId, e.CreatedAt });
    }
}
