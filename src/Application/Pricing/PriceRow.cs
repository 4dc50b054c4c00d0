namespace AIntops.Application.Pricing;

/// <summary>A price row as an organization sees it: a bundled catalog row, or one of its overrides.</summary>
public sealed record PriceRow(ModelPrice Price, Guid? OverrideId)
{
    public const string CatalogSource = "catalog";
    public const string OverrideSource = "override";

    public string Source => OverrideId is null ? CatalogSource : OverrideSource;
}
