using AIntops.Application.Common;

namespace AIntops.Application.Invitations.GetInvitation;

/// <summary>What the accept page shows before the invitee decides.</summary>
/// <param name="Token">The secret token of the invitation link (its <c>token</c> parameter).</param>
public sealed record GetInvitationQuery(string Token) : IRequest<InvitationPreview>;

public sealed class GetInvitationValidator : AbstractValidator<GetInvitationQuery>
{
    public GetInvitationValidator() => RuleFor(q => q.Token).NotEmpty().WithMessage("token is required.");
}

public sealed record InvitationPreview(string OrganizationName, string Email, string Role, DateTime ExpiresAt, bool AccountExists);

public sealed class GetInvitationHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<GetInvitationQuery, InvitationPreview>
{
    public async Task<InvitationPreview> Handle(GetInvitationQuery request, CancellationToken cancellationToken)
    {
        var invitation = await db.FindOpenInvitationAsync(request.Token, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var organizationName = await db.Organizations.Where(o => o.Id == invitation.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var accountExists = await db.Users.AnyAsync(u => u.Email == invitation.Email, cancellationToken);
        return new InvitationPreview(organizationName, invitation.Email, invitation.Role.ToName(), invitation.ExpiresAt, accountExists);
    }
}
