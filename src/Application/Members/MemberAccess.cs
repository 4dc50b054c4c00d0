using AIntops.Domain.Organizations;

namespace AIntops.Application.Members;

/// <summary>Loads a member of the caller's organization for a change, applying the owner rules.</summary>
public static class MemberAccess
{
    public static async Task<(Membership Membership, Organization Organization, int OwnerCount)> LoadForChangeAsync(
        this IAppDbContext db, ICurrentUser caller, Guid userId, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("No member with that id in this organization.");
        if (membership.Role == Role.Owner) EnsureMayManageOwners(caller);
        var organization = await db.Organizations.FirstAsync(o => o.Id == organizationId, cancellationToken);
        var ownerCount = await db.Memberships.CountAsync(m => m.Role == Role.Owner, cancellationToken);
        organization.TouchMemberships();
        return (membership, organization, ownerCount);
    }

    public static void EnsureMayManageOwners(ICurrentUser caller)
    {
        if (!Permissions.Has(caller.RequireRole(), Permissions.OwnersManage))
            throw new ForbiddenException("Only owners can add, change or remove owners.");
    }
}
