using System.Text.Json.Serialization;
using AIntops.Domain.Teams;

namespace AIntops.Application.Teams.CreateTeam;

/// <param name="Keys">The values of events' team that mean this team (e.g. payments, team-payments); the first is its primary key.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateTeamCommand(string Name, IReadOnlyList<string> Keys) : IRequest<TeamDto>, ITeamSettings;

public sealed class CreateTeamValidator : AbstractValidator<CreateTeamCommand>
{
    public CreateTeamValidator() => Include(new TeamSettingsRules<CreateTeamCommand>());
}

public sealed class CreateTeamHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<CreateTeamCommand, TeamDto>
{
    public async Task<TeamDto> Handle(CreateTeamCommand request, CancellationToken cancellationToken)
    {
        var (name, keys) = (request.Name.Trim(), TeamKeys.Normalised(request.Keys));
        await db.EnsureFreeAsync(name, keys, null, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var team = new Team(caller.RequireOrganizationId(), name, keys, now);
        db.Teams.Add(team);
        db.Record(team.OrganizationId, ActivityTypes.TeamCreated, caller.UserId, caller.ClientIp, now, subject: team.PrimaryKey, detail: name);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadTeamAsync(team.Id, cancellationToken);
    }
}
