using AIntops.Application.Common.Caching;
using AIntops.Application.Organizations.GetOrganization;
using AIntops.Domain.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.Application.Gateway;

/// <summary>
/// Each organization's own gateway upstreams, read at most once per <see cref="RefreshInterval"/> per instance; saving the
/// organization forgets them on this instance at once.
/// </summary>
public sealed class OrganizationUpstreams(IServiceScopeFactory scopes, TimeProvider clock, CacheInvalidation invalidation)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    private readonly LoadingCache<Guid, GatewayUpstreamsDto> _upstreams =
        new LoadingCache<Guid, GatewayUpstreamsDto>(100_000, RefreshInterval, clock).ForgetOnSaveOf<Organization>(invalidation, o => o.Id);

    /// <summary>The organization's base URL for <paramref name="provider"/>, or null for the configured one.</summary>
    public async ValueTask<string?> ForAsync(Guid organizationId, string provider, CancellationToken cancellationToken)
    {
        var upstreams = await _upstreams.GetAsync(organizationId, async id =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            return await db.Organizations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new GatewayUpstreamsDto(o.GatewayOpenAiUrl, o.GatewayAnthropicUrl)).FirstOrDefaultAsync() ?? new GatewayUpstreamsDto(null, null);
        }, cancellationToken);
        return provider == GatewayProviders.Anthropic ? upstreams.Anthropic : upstreams.OpenAi;
    }
}
