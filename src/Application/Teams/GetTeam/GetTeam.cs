namespace AIntops.Application.Teams.GetTeam;

public sealed record GetTeamQuery(Guid Id) : IRequest<TeamDto>;

public sealed class GetTeamHandler(IAppDbContext db) : IRequestHandler<GetTeamQuery, TeamDto>
{
    public Task<TeamDto> Handle(GetTeamQuery request, CancellationToken cancellationToken) => db.ReadTeamAsync(request.Id, cancellationToken);
}
