using AIntops.Application.Common.Outbound;
using AIntops.Application.Common.Validation;
using AIntops.Application.Organizations.GetOrganization;
using AIntops.Application.Plans;
using AIntops.Domain.Common;
using AIntops.Domain.Ingest;
using AIntops.Domain.Organizations;
using AIntops.Domain.Providers;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Organizations.UpdateOrganization;

/// <param name="Plan">free | starter | pro | team | enterprise (monthly ingest limits).</param>
/// <param name="RawRetentionDays">Days raw events are kept (request log, exports).</param>
/// <param name="RollupRetentionDays">Days rollups are kept (dashboards); at least the raw retention.</param>
/// <param name="TimeZone">IANA time zone id (e.g. Europe/Paris) the weekly report is scheduled in; default UTC.</param>
/// <param name="StoreRequestContent">Keep the input and output text sent on events (truncated and redacted); off by default.</param>
/// <param name="MembersSeeContent">Members (not only owners and admins) may read stored request content; off by default.</param>
/// <param name="ContentRetentionDays">Days stored request content is kept; default 30.</param>
/// <param name="Gateway">Where this organization's gateway calls go, per provider, instead of the server's configured upstreams.</param>
public sealed record UpdateOrganizationCommand(
    string? Name,
    [OneOf(typeof(UpdateOrganizationValidator), nameof(UpdateOrganizationValidator.Plans))] string? Plan,
    int? RawRetentionDays = null,
    int? RollupRetentionDays = null,
    string? TimeZone = null,
    bool? StoreRequestContent = null,
    bool? MembersSeeContent = null,
    int? ContentRetentionDays = null,
    GatewayUpstreamsDto? Gateway = null) : IRequest<Unit>;

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganizationCommand>
{
    public UpdateOrganizationValidator(IOptions<OutboundOptions> outbound)
    {
        foreach (var (field, url) in new (string, Func<UpdateOrganizationCommand, string?>)[] { ("gateway.openAi", c => c.Gateway?.OpenAi), ("gateway.anthropic", c => c.Gateway?.Anthropic) })
        {
            RuleFor(c => url(c)).OutboundUrl(outbound.Value, field, httpsOnly: true).When(c => !string.IsNullOrEmpty(url(c)));
            RuleFor(c => url(c)).MaximumLength(ProviderLimits.BaseUrlMaxLength).OverridePropertyName(field);
        }
        RuleFor(c => c.Name).Must(n => n is null || !string.IsNullOrWhiteSpace(n)).WithMessage("Name must not be empty.")
            .MaximumLength(Limits.NameMaxLength);
        RuleFor(c => c.RawRetentionDays).InclusiveBetween(RetentionPolicy.MinDays, RetentionPolicy.MaxDays);
        RuleFor(c => c.RollupRetentionDays).InclusiveBetween(RetentionPolicy.MinDays, RetentionPolicy.MaxDays)
            .GreaterThanOrEqualTo(c => c.RawRetentionDays).When(c => c.RawRetentionDays is not null)
            .WithMessage("rollupRetentionDays must be at least rawRetentionDays.");
        RuleFor(c => c.ContentRetentionDays).InclusiveBetween(RetentionPolicy.MinDays, RetentionPolicy.MaxDays);
        RuleFor(c => c.TimeZone).Must(z => z is null || OrganizationTimeZones.IsKnown(z))
            .WithMessage("timeZone must be an IANA time zone id such as UTC or Europe/Paris.");
        RuleFor(c => c.Plan).Must(p => p is null || TryParsePlan(p, out _))
            .WithMessage($"Plan must be one of: {string.Join(", ", Plans)}.");
    }

    public static readonly IReadOnlyList<string> Plans = Enum.GetValues<Plan>().Select(p => p.ToString().ToLowerInvariant()).ToList();

    public static bool TryParsePlan(string text, out Plan plan) =>
        Enum.TryParse(text, ignoreCase: true, out plan) && Enum.IsDefined(plan) && !int.TryParse(text, out _);
}

public sealed class UpdateOrganizationHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, PlanGate gate) : IRequestHandler<UpdateOrganizationCommand, Unit>
{
    public async Task<Unit> Handle(UpdateOrganizationCommand request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var organization = await db.Organizations.FirstAsync(o => o.Id == organizationId, cancellationToken);
        var before = Settings(organization);
        if (request.Name is not null) organization.Rename(request.Name.Trim());
        if (request.Plan is not null && UpdateOrganizationValidator.TryParsePlan(request.Plan, out var plan)) organization.ChangePlan(plan);
        if (request.RawRetentionDays is not null || request.RollupRetentionDays is not null)
            organization.ChangeRetention(request.RawRetentionDays, request.RollupRetentionDays);
        if (request.TimeZone is not null) organization.ChangeTimeZone(request.TimeZone);
        if (request.StoreRequestContent == true && !organization.StoreRequestContent)
            await gate.EnsureIncludedAsync("stored request content", a => a.RequestContent, cancellationToken);
        organization.ChangeContentSettings(request.StoreRequestContent, request.MembersSeeContent, request.ContentRetentionDays);
        organization.ChangeGatewayUpstreams(request.Gateway?.OpenAi?.Trim(), request.Gateway?.Anthropic?.Trim());
        var changed = Settings(organization).Where(setting => !before.Contains(setting)).ToList();
        if (changed.Count > 0)
            db.Record(organizationId, ActivityTypes.OrganizationUpdated, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
                subject: organization.Name, detail: string.Join(", ", changed));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>The settings as the activity log shows a change of them.</summary>
    private static string[] Settings(Organization o) =>
    [
        $"name={o.Name}", $"plan={o.Plan.ToString().ToLowerInvariant()}", $"rawRetentionDays={o.RawRetentionDays}",
        $"rollupRetentionDays={o.RollupRetentionDays}", $"timeZone={o.TimeZone}", $"storeRequestContent={o.StoreRequestContent.ToString().ToLowerInvariant()}",
        $"membersSeeContent={o.MembersSeeContent.ToString().ToLowerInvariant()}", $"contentRetentionDays={o.ContentRetentionDays}",
        $"gateway.openAi={o.GatewayOpenAiUrl ?? "default"}", $"gateway.anthropic={o.GatewayAnthropicUrl ?? "default"}",
    ];
}
