namespace AIntops.Application.Invitations.RevokeInvitation;

public sealed record RevokeInvitationCommand(Guid Id) : IRequest<Unit>;

public sealed class RevokeInvitationHandler(IAppDbContext db) : IRequestHandler<RevokeInvitationCommand, Unit>
{
    public async Task<Unit> Handle(RevokeInvitationCommand request, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == request.Id && i.AcceptedAt == null, cancellationToken)
            ?? throw new NotFoundException("No open invitation with that id.");
        db.Invitations.Remove(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
