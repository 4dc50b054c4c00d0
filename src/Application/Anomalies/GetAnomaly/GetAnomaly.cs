namespace AIntops.Application.Anomalies.GetAnomaly;

public sealed record GetAnomalyQuery(Guid Id) : IRequest<AnomalyDto>;

public sealed class GetAnomalyHandler(IAppDbContext db) : IRequestHandler<GetAnomalyQuery, AnomalyDto>
{
    public async Task<AnomalyDto> Handle(GetAnomalyQuery request, CancellationToken cancellationToken) =>
        AnomalyDto.Of(await db.FindAnomalyAsync(request.Id, cancellationToken));
}
