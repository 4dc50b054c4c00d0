using AIntops.Application.Common.Security;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Invitations;

public static class InvitationLookup
{
    /// <summary>
    /// Finds an open invitation by its secret token. The token itself proves access, so this is one
    /// of the few reviewed places that reads across organizations.
    /// </summary>
    public static async Task<Invitation> FindOpenInvitationAsync(this IAppDbContext db, string token, DateTime now, CancellationToken cancellationToken)
    {
        var hash = OpaqueTokens.Hash(token);
        var invitation = await db.Invitations.IgnoreQueryFilters().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation is not null && invitation.IsOpen(now)
            ? invitation
            : throw new NotFoundException("This invitation does not exist, was already used, or has expired. Ask for a new one.");
    }
}
