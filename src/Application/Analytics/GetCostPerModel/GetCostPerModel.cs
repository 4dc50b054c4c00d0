using AIntops.Application.Analytics.Ledger;
using AIntops.Application.Pricing;

namespace AIntops.Application.Analytics.GetCostPerModel;

public sealed record GetCostPerModelQuery(AnalyticsFilter Filter) : IRequest<CostPerModel>, IAnalyticsQuery;

/// <param name="Share">Of the range's priced spend.</param>
public sealed record ModelCost(string Provider, string Model, decimal SpendUsd, long Requests, long InputTokens, long OutputTokens,
    long UnpricedRequests, decimal? AverageCostPerRequestUsd, double? Share);

/// <summary>Models ranked by spend (most expensive first).</summary>
public sealed record CostPerModel(DateTime From, DateTime To, IReadOnlyList<ModelCost> Models, SourceNote SourceNote);

public sealed class GetCostPerModelValidator : AbstractValidator<GetCostPerModelQuery>
{
    public GetCostPerModelValidator() => Include(new AnalyticsFilterRules<GetCostPerModelQuery>(billed: true));
}

public sealed class GetCostPerModelHandler(LedgerReader ledger, TimeProvider clock) : IRequestHandler<GetCostPerModelQuery, CostPerModel>
{
    public async Task<CostPerModel> Handle(GetCostPerModelQuery request, CancellationToken cancellationToken)
    {
        var window = request.Filter.Window(clock.GetUtcNow().UtcDateTime);
        var (sums, note, _) = await ledger.SumAsync(request.Filter, window, new UsageGrouping(First: "model", Second: "provider"), cancellationToken);
        var total = sums.Sum(s => s.CostNanoUsd);
        return new CostPerModel(window.From, window.To, sums
            .OrderByDescending(s => s.CostNanoUsd).ThenByDescending(s => s.Requests).ThenBy(s => s.First, StringComparer.Ordinal)
            .Select(s => new ModelCost(s.Second, s.First, NanoUsd.ToUsd(s.CostNanoUsd), s.Requests, s.InputTokens, s.OutputTokens, s.UnpricedRequests,
                s.Requests == 0 ? null : NanoUsd.ToUsd(s.CostNanoUsd) / s.Requests, Ratio.Of(s.CostNanoUsd, total)))
            .ToList(), note);
    }
}
