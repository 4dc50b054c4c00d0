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

/// <summary>The provider could not be reached: connection failure, timeout, or an open circuit breaker.</summary>
public sealed class ProviderUnavailableException(string provider, string message, Exception inner)
    : Exception($"{provider} is unreachable: {message}", inner)
{
    public string Provider { get; } = provider;
}

/// <summary>
/// The provider answered 200 with a body that is not the documented page: not JSON, a field missing or of the wrong type,
/// a value out of range, or larger than Outbound:MaxResponseBytes. The message names the category only; the body is never echoed.
/// </summary>
public sealed class ProviderBadAnswerException(string provider, Exception? inner = null)
    : Exception($"{provider} answered with a body that is not a valid usage or cost page.", inner)
{
    public string Provider { get; } = provider;
}
