using AIntops.Application.Pricing;

namespace AIntops.Application.Recommendations.Savings;

/// <param name="Model">The price row's model: the catalog name the id resolved to, or an override's model.</param>
public sealed record PricedUsage(string Model, string Provider, ModelPrice Price, long CostNanoUsd);

public static class AggregatePricing
{
    /// <summary>
    /// Prices tokens summed over <paramref name="requests"/> calls. The long-context tier is chosen by the
    /// average call, as each call was priced on its own; null when the model has no price.
    /// </summary>
    public static PricedUsage? Price(this SavingsContext context, string modelId, long requests, TokenUsage tokens)
    {
        var rows = context.Prices.RowsInEffect(modelId, context.AtUtc).Select(r => r.Price).ToList();
        var averageInput = requests > 0 ? tokens.InputTokens / requests : tokens.InputTokens;
        return PriceCatalog.Tier(rows, averageInput) is { } price
            ? new PricedUsage(price.Model, price.Provider, price, PriceCatalog.Cost(price, tokens))
            : null;
    }

    /// <summary>A saving over a window of <paramref name="windowDays"/> days expressed per 30-day month.</summary>
    public static long PerMonth(long savingNanoUsd, int windowDays) =>
        (long)Math.Round(savingNanoUsd * 30m / Math.Max(1, windowDays), MidpointRounding.AwayFromZero);
}
