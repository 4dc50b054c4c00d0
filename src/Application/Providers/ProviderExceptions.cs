namespace AIntops.Application.Providers;

/// <summary>The provider answered with an error status (after retries, for transient ones).</summary>
public sealed class ProviderApiException(string provider, int statusCode, string? providerMessage)
    : Exception($"{provider} answered HTTP {statusCode}{(providerMessage is null ? "" : $": {providerMessage}")}")
{
    public string Provider { get; } = provider;
    public int StatusCode { get; } = statusCode;
    public string? ProviderMessage { get; } = providerMessage;

    public bool KeyRefused => StatusCode is 401 or 403;
}

/// <summary>The provider answered 2xx with a body that is not its answer: unreadable, or larger than Outbound:MaxResponseBytes.</summary>
public sealed class ProviderBadAnswerException(string provider, string reason, Exception inner)
    : Exception($"{provider} answered a body that could not be read: {reason}", inner)
{
    public string Provider { get; } = provider;
}

/// <summary>The provider could not be reached: connection failure, timeout, or an open circuit breaker.</summary>
public sealed class ProviderUnavailableException(string provider, string message, Exception inner)
    : Exception($"{provider} is unreachable: {message}", inner)
{
    public string Provider { get; } = provider;
}
