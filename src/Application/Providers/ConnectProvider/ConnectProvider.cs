using System.Text.Json.Serialization;
using AIntops.Application.Common.Outbound;
using AIntops.Application.Common.Validation;
using AIntops.Application.Plans;
using AIntops.Application.Providers.Sync;
using AIntops.Domain.Common;
using AIntops.Domain.Organizations;
using AIntops.Domain.Providers;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Providers.ConnectProvider;

/// <summary>Connect a provider's admin usage API. Only these fields are accepted.</summary>
/// <param name="Provider">openai or anthropic.</param>
/// <param name="Credentials">The admin API key (OpenAI sk-admin-…, Anthropic sk-ant-admin…). Never returned.</param>
/// <param name="BaseUrl">Default: the provider's real API (https://api.openai.com/v1, https://api.anthropic.com).</param>
/// <param name="Name">Default: the provider's name.</param>
/// <param name="LegacyBaseUrl">The earlier name of baseUrl, still accepted.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ConnectProviderCommand(
    [OneOf(typeof(ProviderCatalog), nameof(ProviderCatalog.Names))] string Provider,
    string Credentials,
    string? BaseUrl = null,
    string? Name = null,
    [property: JsonPropertyName("base_url"), Obsolete("Use baseUrl.")] string? LegacyBaseUrl = null) : IRequest<ProviderConnectionDto>
{
#pragma warning disable CS0618 // the one place that reads the earlier name
    [JsonIgnore] public string? RequestedBaseUrl => string.IsNullOrWhiteSpace(BaseUrl) ? LegacyBaseUrl : BaseUrl;
#pragma warning restore CS0618
}

public sealed class ConnectProviderHandler(
    IAppDbContext db, ICurrentUser caller, TimeProvider clock, ProviderKeyCheck keyCheck, ProviderSync sync, IProviderSyncTrigger trigger, PlanGate plan)
    : IRequestHandler<ConnectProviderCommand, ProviderConnectionDto>
{
    public async Task<ProviderConnectionDto> Handle(ConnectProviderCommand request, CancellationToken cancellationToken)
    {
        await plan.EnsureRoomAsync("provider connections", db.ProviderConnections, a => a.ProviderConnections, cancellationToken);
        var organizationId = caller.RequireOrganizationId();
        var baseUrl = string.IsNullOrWhiteSpace(request.RequestedBaseUrl) ? ProviderCatalog.DefaultBaseUrl(request.Provider) : request.RequestedBaseUrl.Trim();
        var key = await keyCheck.CheckAndSealAsync(request.Provider, new Uri(baseUrl), request.Credentials.Trim(), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var name = string.IsNullOrWhiteSpace(request.Name) ? ProviderCatalog.DisplayName(request.Provider) : request.Name.Trim();
        var connection = new ProviderConnection(organizationId, request.Provider, name, baseUrl, key.Token, key.Suffix, caller.RequireUserId(), now);
        db.ProviderConnections.Add(connection);
        (await db.OnboardingSteps.FirstOrDefaultAsync(s => s.Key == OnboardingStep.ConnectProvider, cancellationToken))?.Complete(now);
        db.Record(organizationId, ActivityTypes.ProviderConnected, caller.UserId, caller.ClientIp, now, subject: connection.Provider, detail: connection.Name);
        await db.SaveChangesAsync(cancellationToken);
        return await ProviderSyncRequest.StartAsync(db, sync, trigger, connection, cancellationToken);
    }
}

public sealed class ConnectProviderValidator : AbstractValidator<ConnectProviderCommand>
{
    public ConnectProviderValidator(IOptions<OutboundOptions> outbound)
    {
        RuleFor(c => c.Provider).NotNull().OneOf(ProviderCatalog.Names, "provider");
        RuleFor(c => c.Credentials).AdminKey();
        RuleFor(c => c.RequestedBaseUrl).OutboundUrl(outbound.Value, "baseUrl", httpsOnly: false).When(c => !string.IsNullOrWhiteSpace(c.RequestedBaseUrl));
        RuleFor(c => c.RequestedBaseUrl).MaximumLength(ProviderLimits.BaseUrlMaxLength).OverridePropertyName("baseUrl");
        RuleFor(c => c.Name).MaximumLength(Limits.NameMaxLength);
    }
}
