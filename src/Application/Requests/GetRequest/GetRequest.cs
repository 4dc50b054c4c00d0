namespace AIntops.Application.Requests.GetRequest;

public sealed record GetRequestQuery(Guid Id) : IRequest<RequestDetail>;

public sealed class GetRequestHandler(IAppDbContext db) : IRequestHandler<GetRequestQuery, RequestDetail>
{
    public async Task<RequestDetail> Handle(GetRequestQuery request, CancellationToken cancellationToken)
    {
        var row = await db.LlmEvents.Where(e => e.Id == request.Id).WithApiKeys(db).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No request with that id in this organization.");
        return row.ToDetail();
    }
}
