using MediatR;

namespace AIntops.Application.Providers.Sync;

/// <summary>A connection's first sync has stored its history: what reads that history (anomalies, recommendations) can run at once.</summary>
public sealed record ProviderBackfilled(Guid OrganizationId, Guid ConnectionId) : INotification;
