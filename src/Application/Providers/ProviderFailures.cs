using System.Text.Json;
using AIntops.Application.Common.Outbound;

namespace AIntops.Application.Providers;

/// <summary>
/// A failed provider call in the words a user sees: its category only. What answered (status, body, address)
/// goes to the server's log, so a base URL cannot be used to read other services.
/// </summary>
public static class ProviderFailures
{
    /// <summary>The category of a failure that belongs to the connection (its address, key or answers), or null for any other.</summary>
    public static ProviderConnectionStatus? StatusOf(Exception e) => e switch
    {
        ProviderApiException api => api.KeyRefused ? ProviderConnectionStatus.KeyRefused : ProviderConnectionStatus.BadAnswer,
        ProviderUnavailableException => ProviderConnectionStatus.Unreachable,
        ProviderBadAnswerException or JsonException => ProviderConnectionStatus.BadAnswer,
        OutboundAddressRefusedException => ProviderConnectionStatus.AddressNotAllowed,
        _ => null,
    };

    /// <param name="keyRefusedHint">What to do about a refused key where this is shown.</param>
    public static string Message(ProviderConnectionStatus status, string provider, string keyRefusedHint)
    {
        var name = ProviderCatalog.DisplayName(provider);
        return status switch
        {
            ProviderConnectionStatus.KeyRefused => $"{name} refused the key. {keyRefusedHint}",
            ProviderConnectionStatus.Unreachable => $"{name} could not be reached. Check the base URL and that the server is up.",
            ProviderConnectionStatus.AddressNotAllowed => $"baseUrl {OutboundAddressRefusedException.Category}",
            _ => $"{name} did not answer as its admin API does (an error, or a body that could not be read). Check the base URL, or try again later.",
        };
    }
}
