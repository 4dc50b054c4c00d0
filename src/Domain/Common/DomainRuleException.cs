namespace AIntops.Domain.Common;

/// <summary>A business rule refused the change (maps to 409).</summary>
public sealed class DomainRuleException(string message) : Exception(message);
