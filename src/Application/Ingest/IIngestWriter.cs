using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest;

/// <summary>
/// Durably stores events with their rollups. The task completes only after the commit, so an
/// acknowledged event survives a crash. Events whose (organization, externalRequestId) already
/// exists are not stored again; their outcome carries the stored event's id and cost.
/// </summary>
public interface IIngestWriter
{
    Task<IReadOnlyList<WriteOutcome>> WriteAsync(IReadOnlyList<LlmEvent> events, CancellationToken cancellationToken);
}

public readonly record struct WriteOutcome(Guid Id, bool Duplicate, long CostNanoUsd, bool PriceKnown);

/// <summary>The writer's queue is full; the caller should retry after a moment (503).</summary>
public sealed class IngestOverloadedException() : Exception("The ingest queue is full. Retry in a moment.");

/// <summary>The organization already has its share of the writer's queue waiting; only it should slow down (429).</summary>
public sealed class IngestOrganizationBusyException()
    : Exception("This organization has too many events waiting to be stored. Retry in a moment, or send fewer events at once.");
