namespace AIntops.Application.Anomalies.Detection;

/// <summary>What a spend series covers: a whole organization, or one provider, model or team of it.</summary>
public sealed record AnomalyScope(Guid OrganizationId, string? Provider = null, string? Model = null, string? Team = null);
