using AIntops.Application.Pricing;

namespace AIntops.Application.Recommendations.Savings;

/// <summary>What every calculator prices with: the organization's prices (overrides included) at <paramref name="AtUtc"/>.</summary>
public sealed record SavingsContext(OrganizationPriceList Prices, ModelEquivalences Equivalences, DateTime AtUtc, SavingsOptions Options);
