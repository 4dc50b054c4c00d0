namespace AIntops.Application.Teams.ListTeams;

public sealed record ListTeamsQuery : IRequest<IReadOnlyList<TeamDto>>;

public sealed class ListTeamsHandler(IAppDbContext db) : IRequestHandler<ListTeamsQuery, IReadOnlyList<TeamDto>>
{
    public async Task<IReadOnlyList<TeamDto>> Handle(ListTeamsQuery request, CancellationToken cancellationToken) =>
        await db.ReadTeamsAsync(db.Teams, withMembers: false, cancellationToken);
}
