using AIntops.Domain.Organizations;

namespace AIntops.Application.Requests;

/// <summary>Who reads stored request content: owners and admins, and members when the organization lets them.</summary>
public static class ContentAccess
{
    public static async Task<bool> MayReadAsync(IAppDbContext db, ICurrentUser caller, CancellationToken cancellationToken)
    {
        if (Permissions.Has(caller.RequireRole(), Permissions.ContentRead)) return true;
        var organizationId = caller.RequireOrganizationId();
        return await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.MembersSeeContent).FirstAsync(cancellationToken);
    }
}
