using AIntops.Application.Ingest;
using AIntops.Application.Teams;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Requests.GetRequest;

public sealed record GetRequestQuery(Guid Id) : IRequest<RequestDetail>;

public sealed class GetRequestHandler(IAppDbContext db, ICurrentUser caller, TeamDirectory teams, DimensionDirectory dimensions)
    : IRequestHandler<GetRequestQuery, RequestDetail>
{
    public async Task<RequestDetail> Handle(GetRequestQuery request, CancellationToken cancellationToken)
    {
        var found = await db.LlmEvents.AsNoTracking().Where(e => e.Id == request.Id).ToListAsync(cancellationToken);
        if (found.Count == 0) throw new NotFoundException("No request with that id in this organization.");
        var row = (await found.RowsAsync(db, dimensions, cancellationToken))[0];
        var content = await db.RequestContents.AsNoTracking().FirstOrDefaultAsync(c => c.EventId == request.Id, cancellationToken);
        var hidden = content is not null && !await ContentAccess.MayReadAsync(db, caller, cancellationToken);
        return row.ToDetail(await teams.ForContextAsync(db, cancellationToken), hidden ? null : content, hidden);
    }
}
