using AIntops.Application.Common.Validation;
using AIntops.Domain.Insights;

namespace AIntops.Application.Anomalies.ListAnomalies;

/// <param name="Limit">Page size, 1 to 200.</param>
/// <param name="Offset">Anomalies to skip (pages: 0, limit, 2 × limit, …).</param>
/// <param name="From">Windows starting at or after this time (UTC).</param>
/// <param name="To">Windows starting before this time (UTC).</param>
/// <param name="ScopeKind">organization, provider, model or team.</param>
public sealed record ListAnomaliesQuery(
    int Limit = 50,
    int Offset = 0,
    DateTime? From = null,
    DateTime? To = null,
    [OneOf(typeof(AnomalyScopeKinds), nameof(AnomalyScopeKinds.All))] string? ScopeKind = null)
    : IRequest<AnomalyPage>;

/// <param name="Total">How many anomalies match the filter.</param>
public sealed record AnomalyPage(IReadOnlyList<AnomalyDto> Items, int Total, int Offset, int Limit);

public sealed class ListAnomaliesValidator : AbstractValidator<ListAnomaliesQuery>
{
    public ListAnomaliesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 200);
        RuleFor(q => q.Offset).GreaterThanOrEqualTo(0);
        RuleFor(q => q.To).Must((q, to) => to is null || q.From is null || to > q.From).WithMessage("to must be after from.");
        RuleFor(q => q.ScopeKind).OneOf(AnomalyScopeKinds.All, "scopeKind");
    }
}

public sealed class ListAnomaliesHandler(IAppDbContext db) : IRequestHandler<ListAnomaliesQuery, AnomalyPage>
{
    public async Task<AnomalyPage> Handle(ListAnomaliesQuery request, CancellationToken cancellationToken)
    {
        var anomalies = db.Anomalies.AsNoTracking();
        if (request.From is { } from) anomalies = anomalies.Where(a => a.WindowStartUtc >= Utc(from));
        if (request.To is { } to) anomalies = anomalies.Where(a => a.WindowStartUtc < Utc(to));
        if (request.ScopeKind is { } kind) anomalies = anomalies.Where(a => a.ScopeKind == kind);
        var total = await anomalies.CountAsync(cancellationToken);
        var page = await anomalies.OrderByDescending(a => a.WindowStartUtc).ThenByDescending(a => a.CreatedAt).ThenBy(a => a.Id)
            .Skip(request.Offset).Take(request.Limit).ToListAsync(cancellationToken);
        return new AnomalyPage(page.Select(AnomalyDto.Of).ToList(), total, request.Offset, request.Limit);
    }

    private static DateTime Utc(DateTime at) => at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc);
}
