namespace AIntops.MockProviders.Wire;

/// <summary>A query the real API would refuse with 400; each provider renders it in its own error body.</summary>
public sealed class BadQueryException(string message, string? param = null) : Exception(message)
{
    public string? Param { get; } = param;
}
