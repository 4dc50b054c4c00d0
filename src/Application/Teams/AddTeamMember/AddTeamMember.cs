using System.Text.Json.Serialization;

namespace AIntops.Application.Teams.AddTeamMember;

/// <param name="UserId">A member of the organization.</param>
public sealed record AddTeamMemberCommand(Guid UserId) : IRequest<TeamDto>
{
    [JsonIgnore] public Guid TeamId { get; init; }
}

public sealed class AddTeamMemberHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<AddTeamMemberCommand, TeamDto>
{
    public async Task<TeamDto> Handle(AddTeamMemberCommand request, CancellationToken cancellationToken)
    {
        var team = await db.FindTeamAsync(request.TeamId, cancellationToken);
        if (!await db.Memberships.AnyAsync(m => m.UserId == request.UserId, cancellationToken))
            throw new NotFoundException("No member with that id in this organization.");
        if (team.AddMember(request.UserId, clock.GetUtcNow().UtcDateTime)) await db.SaveChangesAsync(cancellationToken);
        return await db.ReadTeamAsync(team.Id, cancellationToken);
    }
}
