using AIntops.Application.Teams;
using AIntops.Domain.Organizations;

namespace AIntops.Application.Requests.GetRequest;

public sealed record GetRequestQuery(Guid Id) : IRequest<RequestDetail>;

public sealed class GetRequestHandler(IAppDbContext db, ICurrentUser caller, TeamDirectory teams) : IRequestHandler<GetRequestQuery, RequestDetail>
{
    public async Task<RequestDetail> Handle(GetRequestQuery request, CancellationToken cancellationToken)
    {
        var row = await db.LlmEvents.Where(e => e.Id == request.Id).WithApiKeys(db).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No request with that id in this organization.");
        var content = await db.RequestContents.AsNoTracking().FirstOrDefaultAsync(c => c.EventId == request.Id, cancellationToken);
        var hidden = content is not null && !await ContentAccess.MayReadAsync(db, caller, cancellationToken);
        return row.ToDetail(await teams.ForContextAsync(db, cancellationToken), hidden ? null : content, hidden);
    }
}
