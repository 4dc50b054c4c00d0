using AIntops.Application.Auth;
using AIntops.Application.Common;
using AIntops.Application.Common.Messaging;
using AIntops.Application.Common.Security;
using AIntops.Application.Common.Validation;
using AIntops.Application.Plans;
using AIntops.Domain.Organizations;
using AIntops.Domain.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Application.Invitations.CreateInvitation;

public sealed record CreateInvitationCommand(string Email, [OneOf(typeof(RoleNames), nameof(RoleNames.All))] string Role) : IRequest<InvitationCreated>;

/// <param name="Token">The secret accept token, shown only in this response.</param>
/// <param name="AcceptPath">The SPA page that accepts the invitation (relative to the server's address).</param>
/// <param name="EmailDelivery">sent (the SMTP server took the email), failed (it did not: share the link), or not_configured (no SMTP settings).</param>
public sealed record InvitationCreated(Guid Id, string Email, string Role, DateTime ExpiresAt, string Token, string AcceptPath,
    [property: OneOf(typeof(InvitationCreated), nameof(InvitationCreated.EmailDeliveries))] string EmailDelivery)
{
    public static readonly IReadOnlyList<string> EmailDeliveries = ["sent", "failed", "not_configured"];
}

public sealed class CreateInvitationValidator : AbstractValidator<CreateInvitationCommand>
{
    public CreateInvitationValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Role).Must(r => RoleNames.TryParse(r, out _)).WithMessage($"Role must be one of: {string.Join(", ", RoleNames.All)}.");
    }
}

public sealed class CreateInvitationHandler(
    IAppDbContext db, ICurrentUser caller, TimeProvider clock, IOptions<AuthOptions> options, IEmailSender mail, IOptions<AppOptions> app,
    ILogger<CreateInvitationHandler> logger, PlanGate plan)
    : IRequestHandler<CreateInvitationCommand, InvitationCreated>
{
    public async Task<InvitationCreated> Handle(CreateInvitationCommand request, CancellationToken cancellationToken)
    {
        RoleNames.TryParse(request.Role, out var role);
        if (role == Role.Owner) Members.MemberAccess.EnsureMayManageOwners(caller);
        var organizationId = caller.RequireOrganizationId();
        var email = User.NormalizeEmail(request.Email);
        var alreadyMember = await db.Memberships
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email).AnyAsync(e => e == email, cancellationToken);
        if (alreadyMember) throw new ConflictException($"{email} is already a member of this organization.");

        var now = clock.GetUtcNow().UtcDateTime;
        await plan.EnsureRoomAsync("members and open invitations",
            db.Memberships.Select(m => m.UserId).Concat(db.Invitations.Where(i => i.AcceptedAt == null && i.ExpiresAt > now).Select(i => i.InvitedByUserId)),
            a => a.Members, cancellationToken);
        var token = OpaqueTokens.Create();
        var invitation = new Invitation(organizationId, email, role, OpaqueTokens.Hash(token), caller.RequireUserId(), now,
            now.AddDays(options.Value.InvitationDays));
        db.Invitations.Add(invitation);
        var step = await db.OnboardingSteps.FirstOrDefaultAsync(s => s.Key == OnboardingStep.InviteMember, cancellationToken);
        step?.Complete(now);
        db.Record(organizationId, ActivityTypes.InvitationCreated, caller.UserId, caller.ClientIp, now, subject: email, detail: role.ToName());
        await db.SaveChangesAsync(cancellationToken);

        // After '#', which browsers never send: the token stays out of server and proxy logs when the page loads.
        var acceptPath = $"/accept-invitation#token={token}";
        // The accept link is a credential: the response carries it to the inviter, the log never does.
        logger.LogInformation("Invitation {InvitationId} for {Email} as {Role} created", invitation.Id, email, role.ToName());
        var delivery = !mail.IsConfigured ? "not_configured" : await SendEmailAsync(invitation, acceptPath, cancellationToken) ? "sent" : "failed";
        return new InvitationCreated(invitation.Id, email, role.ToName(), invitation.ExpiresAt, token, acceptPath, delivery);
    }

    /// <summary>The response carries the link either way, so a failed send is logged and does not fail the invitation.</summary>
    private async Task<bool> SendEmailAsync(Invitation invitation, string acceptPath, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.Where(o => o.Id == invitation.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        var link = app.Value.Link(acceptPath);
        var outcome = await mail.SendAsync(new EmailMessage([invitation.Email], $"You are invited to {organization} on AIntops",
            $"You have been invited to join {organization} on AIntops as {invitation.Role.ToName()}.\n\n" +
            $"Accept the invitation: {link}\n\nThe link works until {invitation.ExpiresAt:yyyy-MM-dd HH:mm} UTC.\n"), cancellationToken);
        if (!outcome.Delivered)
            logger.LogWarning("The invitation email to {Email} was not sent: {Error}", invitation.Email, outcome.Error);
        return outcome.Delivered;
    }
}
