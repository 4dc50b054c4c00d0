using AIntops.Domain.Ingest;

namespace AIntops.Application.Organizations.GetOrganization;

public sealed record GetOrganizationQuery : IRequest<OrganizationResponse>;

/// <param name="MonthlyRequestLimit">Ingest requests per month on this plan; null = unlimited.</param>
/// <param name="RawRetentionDays">Days raw events are kept; older ones are deleted daily.</param>
/// <param name="RollupRetentionDays">Days rollups (dashboards) are kept.</param>
public sealed record OrganizationResponse(Guid Id, string Name, DateTime CreatedAt, int MemberCount, string Plan, long? MonthlyRequestLimit,
    int RawRetentionDays, int RollupRetentionDays);

public sealed class GetOrganizationHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<GetOrganizationQuery, OrganizationResponse>
{
    public async Task<OrganizationResponse> Handle(GetOrganizationQuery request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var row = await db.Organizations.Where(o => o.Id == organizationId)
            .Select(o => new { o.Id, o.Name, o.CreatedAt, Members = db.Memberships.Count(), o.Plan, o.RawRetentionDays, o.RollupRetentionDays })
            .FirstAsync(cancellationToken);
        return new OrganizationResponse(row.Id, row.Name, row.CreatedAt, row.Members, row.Plan.ToString().ToLowerInvariant(),
            PlanLimits.MonthlyRequests(row.Plan), row.RawRetentionDays, row.RollupRetentionDays);
    }
}
