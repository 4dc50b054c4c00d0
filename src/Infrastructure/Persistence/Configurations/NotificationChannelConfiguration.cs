using AIntops.Domain.Notifications;
using AIntops.Domain.Organizations;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class NotificationChannelConfiguration : IEntityTypeConfiguration<NotificationChannel>
{
    public void Configure(EntityTypeBuilder<NotificationChannel> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Name).HasMaxLength(Limits.NameMaxLength);
        builder.Property(c => c.AlertTypes).HasMaxLength(NotificationLimits.AlertTypesMaxLength);
        builder.Property(c => c.WebhookUrlToken).HasMaxLength(NotificationLimits.WebhookTokenMaxLength);
        builder.Property(c => c.SigningSecretToken).HasMaxLength(NotificationLimits.SigningSecretTokenMaxLength);
        builder.Property(c => c.MaskedWebhookUrl).HasMaxLength(NotificationLimits.MaskedUrlMaxLength);
        builder.Property(c => c.Recipients).HasMaxLength(NotificationLimits.RecipientsMaxLength);
        builder.Property(c => c.LastError).HasMaxLength(NotificationLimits.ErrorMaxLength);
        builder.HasIndex(c => c.OrganizationId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
