using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence.Configurations;

public sealed class LlmEventConfiguration : IEntityTypeConfiguration<LlmEvent>
{
    public void Configure(EntityTypeBuilder<LlmEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Ignore(e => e.Labels);
        builder.Property(e => e.ExternalRequestId).HasMaxLength(IngestLimits.ExternalRequestIdMaxLength);
        builder.Property(e => e.ErrorCode).HasMaxLength(IngestLimits.ErrorCodeMaxLength);
        builder.Property(e => e.PromptHash).HasMaxLength(IngestLimits.PromptHashMaxLength);
        builder.Property(e => e.Status).StoredAs(StoredCodes.Status);
        builder.Property(e => e.DataMode).StoredAs(StoredCodes.DataMode);
        builder.Property(e => e.Environment).StoredAs(StoredCodes.Environment);
        builder.Property(e => e.MetadataJson).HasMaxLength(IngestLimits.MetadataMaxBytes);
        // Recalculation writes a new cost only where the cost it read is still there (a concurrent change or delete wins).
        builder.Property(e => e.CostNanoUsd).IsConcurrencyToken();
        builder.Property(e => e.PriceKnown).IsConcurrencyToken();
        builder.HasIndex(e => new { e.OrganizationRef, e.ExternalRequestId }).IsUnique();
        // The request log (newest first, Id breaks ties), filtered by data mode or, for every mode, one range per mode; also
        // every read of a time window (repricing, retention, exports, clearing demo or test data).
        builder.HasIndex(e => new { e.OrganizationRef, e.DataMode, e.TimestampMs, e.Id });
    }
}

public sealed class DimensionConfiguration : IEntityTypeConfiguration<Dimension>
{
    public void Configure(EntityTypeBuilder<Dimension> builder)
    {
        builder.Property(d => d.Value).HasMaxLength(IngestLimits.DimensionMaxLength);
        builder.HasIndex(d => new { d.OrganizationId, d.Kind, d.Value }).IsUnique();
    }
}

internal static class StoredCodeConversion
{
    /// <summary>Stores the word as its <see cref="StoredCode"/>, as the writer's raw SQL does.</summary>
    public static PropertyBuilder<string> StoredAs(this PropertyBuilder<string> property, StoredCode code) =>
        property.HasConversion(word => code.Of(word), stored => code.WordOf(stored));
}
