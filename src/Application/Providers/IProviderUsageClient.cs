namespace AIntops.Application.Providers;

/// <summary>A provider's admin usage and cost API. The base URL is per call, so the mock and the real API share one code path.</summary>
public interface IProviderUsageClient
{
    /// <summary>One of <see cref="ProviderNames"/>.</summary>
    string Provider { get; }

    /// <summary>Usage by model, project/workspace and API key in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), every page.</summary>
    /// <exception cref="ProviderApiException">The provider answered with an error status.</exception>
    /// <exception cref="ProviderUnavailableException">The provider could not be reached (after retries).</exception>
    /// <exception cref="ProviderBadAnswerException">The provider answered a body that could not be read or was too large.</exception>
    /// <exception cref="Common.Outbound.OutboundAddressRefusedException">The base URL resolves to an address the server does not call.</exception>
    Task<IReadOnlyList<ProviderUsageRecord>> FetchUsageAsync(ProviderCredentials credentials, Uri baseUrl, DateTime fromUtc, DateTime toUtc,
        UsageBucketWidth width, CancellationToken cancellationToken);

    /// <summary>Daily billed cost by model and project/workspace, every page.</summary>
    Task<IReadOnlyList<ProviderUsageRecord>> FetchCostsAsync(ProviderCredentials credentials, Uri baseUrl, DateTime fromUtc, DateTime toUtc,
        CancellationToken cancellationToken);

    /// <summary>Makes one small usage request to tell a working key from a refused key and an unreachable provider.</summary>
    Task<ProviderConnectionCheck> ValidateAsync(ProviderCredentials credentials, Uri baseUrl, CancellationToken cancellationToken);
}

/// <summary>What the provider needs to authenticate an admin call.</summary>
public sealed record ProviderCredentials(string AdminKey)
{
    public override string ToString() => "ProviderCredentials { AdminKey = *** }";
}

public enum ProviderConnectionStatus { Valid, KeyRefused, Unreachable, BadAnswer, AddressNotAllowed }

/// <param name="Detail">The provider's error message or the connection failure, for the server's log only: it may echo whatever answered.</param>
public sealed record ProviderConnectionCheck(ProviderConnectionStatus Status, string? Detail = null);
