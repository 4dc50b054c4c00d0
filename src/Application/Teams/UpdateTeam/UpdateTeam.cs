using System.Text.Json.Serialization;

namespace AIntops.Application.Teams.UpdateTeam;

/// <summary>Renames a team and replaces its telemetry keys; events keep their text, so a key taken off shows as it is again.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record UpdateTeamCommand(string Name, IReadOnlyList<string> Keys) : IRequest<TeamDto>, ITeamSettings
{
    [JsonIgnore] public Guid Id { get; init; }
}

public sealed class UpdateTeamValidator : AbstractValidator<UpdateTeamCommand>
{
    public UpdateTeamValidator() => Include(new TeamSettingsRules<UpdateTeamCommand>());
}

public sealed class UpdateTeamHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock) : IRequestHandler<UpdateTeamCommand, TeamDto>
{
    public async Task<TeamDto> Handle(UpdateTeamCommand request, CancellationToken cancellationToken)
    {
        var team = await db.FindTeamAsync(request.Id, cancellationToken);
        var (name, keys) = (request.Name.Trim(), TeamKeys.Normalised(request.Keys));
        await db.EnsureFreeAsync(name, keys, team.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        team.Change(name, keys, now);
        db.Record(team.OrganizationId, ActivityTypes.TeamUpdated, caller.UserId, caller.ClientIp, now, subject: team.PrimaryKey, detail: name);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadTeamAsync(team.Id, cancellationToken);
    }
}
