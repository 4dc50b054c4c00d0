using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class RequestContentConfiguration : IEntityTypeConfiguration<RequestContent>
{
    public void Configure(EntityTypeBuilder<RequestContent> builder)
    {
        builder.HasKey(c => c.EventId);
        builder.Property(c => c.EventId).ValueGeneratedNever();
        // Deleted with its event: by retention of raw events, demo and test data cleanup, and anything else that deletes events.
        builder.HasOne<LlmEvent>().WithOne(e => e.Content).HasForeignKey<RequestContent>(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.RedactionsJson).HasMaxLength(256);
        // Content retention deletes by organization and age.
        builder.HasIndex(c => new { c.OrganizationId, c.CreatedAtMs });
    }
}
