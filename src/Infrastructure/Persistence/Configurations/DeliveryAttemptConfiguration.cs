using AIntops.Domain.Notifications;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Error).HasMaxLength(NotificationLimits.ErrorMaxLength);
        builder.HasIndex(a => new { a.DeliveryId, a.Number }).IsUnique();
        builder.HasOne<AlertDelivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
