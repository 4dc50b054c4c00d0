namespace AIntops.Application.Teams.DeleteTeam;

/// <summary>Removes a team: events keep their team text, which then shows as it is; API keys bound to it are bound to none.</summary>
public sealed record DeleteTeamCommand(Guid Id) : IRequest<Unit>;

public sealed class DeleteTeamHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<DeleteTeamCommand, Unit>
{
    public async Task<Unit> Handle(DeleteTeamCommand request, CancellationToken cancellationToken)
    {
        var team = await db.FindTeamAsync(request.Id, cancellationToken);
        db.Teams.Remove(team);
        db.Record(team.OrganizationId, ActivityTypes.TeamDeleted, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
            subject: team.PrimaryKey, detail: team.Name);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
