using AIntops.Domain.Providers;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class ProviderUsageConfiguration : IEntityTypeConfiguration<ProviderUsage>
{
    public void Configure(EntityTypeBuilder<ProviderUsage> builder)
    {
        builder.ToTable("ProviderUsage");
        builder.Property(u => u.Provider).HasMaxLength(32);
        foreach (var dimension in new[] { nameof(ProviderUsage.Model), nameof(ProviderUsage.ProjectId), nameof(ProviderUsage.ApiKeyId) })
            builder.Property(dimension).HasMaxLength(ProviderUsage.DimensionMaxLength);
        builder.HasIndex(u => new { u.ConnectionId, u.Kind, u.BucketWidth, u.BucketStartMs, u.Model, u.ProjectId, u.ApiKeyId })
            .IsUnique().HasDatabaseName("UX_ProviderUsage_NaturalKey");
        builder.HasIndex(u => new { u.OrganizationId, u.BucketStartMs });
        builder.HasOne<ProviderConnection>().WithMany().HasForeignKey(u => u.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
