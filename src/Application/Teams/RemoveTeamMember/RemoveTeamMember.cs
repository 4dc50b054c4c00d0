namespace AIntops.Application.Teams.RemoveTeamMember;

public sealed record RemoveTeamMemberCommand(Guid TeamId, Guid UserId) : IRequest<Unit>;

public sealed class RemoveTeamMemberHandler(IAppDbContext db) : IRequestHandler<RemoveTeamMemberCommand, Unit>
{
    public async Task<Unit> Handle(RemoveTeamMemberCommand request, CancellationToken cancellationToken)
    {
        var team = await db.FindTeamAsync(request.TeamId, cancellationToken);
        if (!team.RemoveMember(request.UserId)) throw new NotFoundException("That user is not a member of the team.");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
