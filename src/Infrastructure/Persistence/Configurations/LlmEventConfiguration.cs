using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class LlmEventConfiguration : IEntityTypeConfiguration<LlmEvent>
{
    public void Configure(EntityTypeBuilder<LlmEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ExternalRequestId).HasMaxLength(IngestLimits.ExternalRequestIdMaxLength);
        foreach (var dimension in new[] { nameof(LlmEvent.Provider), nameof(LlmEvent.Model), nameof(LlmEvent.PromptVersion),
                     nameof(LlmEvent.EndpointTag), nameof(LlmEvent.EndUserId), nameof(LlmEvent.Team), nameof(LlmEvent.ErrorCode), nameof(LlmEvent.PromptHash),
                     nameof(LlmEvent.Workflow) })
            builder.Property(dimension).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.Property(e => e.Status).HasMaxLength(16);
        builder.Property(e => e.DataMode).HasMaxLength(16);
        builder.Property(e => e.Environment).HasMaxLength(16);
        builder.Property(e => e.MetadataJson).HasMaxLength(IngestLimits.MetadataMaxBytes);
        // Recalculation writes a new cost only where the cost it read is still there (a concurrent change or delete wins).
        builder.Property(e => e.CostNanoUsd).IsConcurrencyToken();
        builder.Property(e => e.PriceKnown).IsConcurrencyToken();
        builder.HasIndex(e => new { e.OrganizationId, e.ExternalRequestId }).IsUnique();
        builder.HasIndex(e => new { e.OrganizationId, e.TimestampMs });
        // The request log filtered by data mode (newest first, Id breaks ties) and clearing demo or test data.
        builder.HasIndex(e => new { e.OrganizationId, e.DataMode, e.TimestampMs, e.Id });
    }
}
