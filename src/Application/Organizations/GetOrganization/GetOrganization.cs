using AIntops.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Application.Organizations.GetOrganization;

public sealed record GetOrganizationQuery : IRequest<OrganizationResponse>;

public sealed record OrganizationResponse(Guid Id, string Name, DateTime CreatedAt, int MemberCount);

public sealed class GetOrganizationHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<GetOrganizationQuery, OrganizationResponse>
{
    public async Task<OrganizationResponse> Handle(GetOrganizationQuery request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        return await db.Organizations.Where(o => o.Id == organizationId)
            .Select(o => new OrganizationResponse(o.Id, o.Name, o.CreatedAt, db.Memberships.Count()))
            .FirstAsync(cancellationToken);
    }
}
