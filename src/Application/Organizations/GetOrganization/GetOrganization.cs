using AIntops.Application.Plans;

namespace AIntops.Application.Organizations.GetOrganization;

public sealed record GetOrganizationQuery : IRequest<OrganizationResponse>;

/// <param name="MonthlyRequestLimit">Ingest requests per month on this plan; null = unlimited.</param>
/// <param name="RawRetentionDays">Days raw events are kept; older ones are deleted daily.</param>
/// <param name="RollupRetentionDays">Days rollups (dashboards) are kept.</param>
/// <param name="TimeZone">IANA time zone id the weekly report is scheduled in.</param>
/// <param name="StoreRequestContent">Whether input and output text sent on events is kept (truncated and redacted).</param>
/// <param name="MembersSeeContent">Whether members may read stored request content (owners and admins always may).</param>
/// <param name="ContentRetentionDays">Days stored request content is kept.</param>
/// <param name="Gateway">This organization's gateway upstreams; null where the server's configured one applies.</param>
public sealed record OrganizationResponse(Guid Id, string Name, DateTime CreatedAt, int MemberCount, string Plan, long? MonthlyRequestLimit,
    int RawRetentionDays, int RollupRetentionDays, string TimeZone, bool StoreRequestContent, bool MembersSeeContent, int ContentRetentionDays,
    GatewayUpstreamsDto Gateway);

/// <param name="OpenAi" example="https://llm-proxy.example.com/openai">Base URL the gateway sends OpenAI calls to (https; e.g. an Azure or regional endpoint); empty in an update: the configured one.</param>
/// <param name="Anthropic" example="https://llm-proxy.example.com/anthropic">Base URL the gateway sends Anthropic calls to; empty in an update: the configured one.</param>
public sealed record GatewayUpstreamsDto(string? OpenAi, string? Anthropic);

public sealed class GetOrganizationHandler(IAppDbContext db, ICurrentUser caller, PlanCatalog plans) : IRequestHandler<GetOrganizationQuery, OrganizationResponse>
{
    public async Task<OrganizationResponse> Handle(GetOrganizationQuery request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var row = await db.Organizations.Where(o => o.Id == organizationId)
            .Select(o => new
            {
                o.Id, o.Name, o.CreatedAt, Members = db.Memberships.Count(), o.Plan, o.RawRetentionDays, o.RollupRetentionDays,
                o.TimeZone, o.StoreRequestContent, o.MembersSeeContent, o.ContentRetentionDays, o.GatewayOpenAiUrl, o.GatewayAnthropicUrl,
            })
            .FirstAsync(cancellationToken);
        return new OrganizationResponse(row.Id, row.Name, row.CreatedAt, row.Members, PlanCatalog.NameOf(row.Plan),
            plans.For(row.Plan).MonthlyRequests, row.RawRetentionDays, row.RollupRetentionDays, row.TimeZone, row.StoreRequestContent,
            row.MembersSeeContent, row.ContentRetentionDays, new GatewayUpstreamsDto(row.GatewayOpenAiUrl, row.GatewayAnthropicUrl));
    }
}
