using AIntops.Application.Providers;
using AIntops.Application.Common.Caching;
using AIntops.Domain.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Organizations;

/// <summary>
/// The organization settings the hot paths read (ingest: whether content is stored, only for events that carry some; the gateway:
/// its upstreams), loaded at most once per <see cref="RefreshInterval"/> per instance. Saving the organization forgets them on
/// this instance at once.
/// </summary>
public sealed class OrganizationSettings(IServiceScopeFactory scopes, TimeProvider clock, CacheInvalidation invalidation)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    private sealed record Settings(bool StoresContent, string? GatewayOpenAi, string? GatewayAnthropic);

    private readonly LoadingCache<Guid, Settings> _settings =
        new LoadingCache<Guid, Settings>(100_000, RefreshInterval, clock).ForgetOnSaveOf<Organization>(invalidation, o => o.Id);

    public async ValueTask<bool> StoresContentAsync(Guid organizationId, CancellationToken cancellationToken) =>
        (await ForAsync(organizationId, cancellationToken)).StoresContent;

    /// <summary>The organization's gateway base URL for <paramref name="provider"/>, or null for the configured one.</summary>
    public async ValueTask<string?> GatewayUpstreamAsync(Guid organizationId, string provider, CancellationToken cancellationToken)
    {
        var settings = await ForAsync(organizationId, cancellationToken);
        return provider == ProviderNames.Anthropic ? settings.GatewayAnthropic : settings.GatewayOpenAi;
    }

    private ValueTask<Settings> ForAsync(Guid organizationId, CancellationToken cancellationToken) =>
        _settings.GetAsync(organizationId, async id =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            return await db.Organizations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new Settings(o.StoreRequestContent, o.GatewayOpenAiUrl, o.GatewayAnthropicUrl)).FirstOrDefaultAsync() ?? new Settings(false, null, null);
        }, cancellationToken);
}
