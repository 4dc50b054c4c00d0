namespace AIntops.Application.Analytics.Ledger;

/// <summary>Where a view's figures come from.</summary>
/// <param name="Source">blended, billed or telemetry.</param>
/// <param name="AttributedOnly">The figures are the part telemetry attributes (a team or environment filter, or a view of users or latency, which only telemetry carries): billing beyond it is not included.</param>
/// <param name="BillingThroughUtc">Billing covers the range up to this hour (the earliest of the providers it covers in the range); telemetry after. Null when billing covers none of it.</param>
/// <param name="UnattributedUsd">Billed spend in the range that telemetry does not attribute (the "Unattributed" rows).</param>
/// <param name="UnattributedShare">Of the range's spend.</param>
/// <param name="Providers">Every provider with a synced connection, and how far its billing reaches.</param>
public sealed record SourceNote(string Source, bool AttributedOnly, DateTime? BillingThroughUtc, decimal UnattributedUsd, double? UnattributedShare,
    IReadOnlyList<ProviderBilling> Providers);

/// <param name="BillingFromUtc">The first day billing holds.</param>
/// <param name="BillingThroughUtc">The hour the connections are synced through.</param>
/// <param name="LastSyncUtc">When the provider was last synced successfully.</param>
public sealed record ProviderBilling(string Provider, DateTime BillingFromUtc, DateTime BillingThroughUtc, DateTime? LastSyncUtc);

/// <summary>Sums for a view, where they come from, and the part of them that is billing beyond telemetry (zero when there is none).</summary>
public sealed record LedgerSums(List<UsageSums> Rows, SourceNote Note, UsageSums Unattributed);
