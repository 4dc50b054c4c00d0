using AIntops.Domain.Ingest;
using AIntops.Domain.Pricing;

namespace AIntops.Application.Pricing.SetPriceOverride;

/// <summary>
/// Sets the organization's price for <paramref name="Model"/> from <paramref name="EffectiveFrom"/> on (default: now),
/// replacing an override of the same model and date. Prices in USD per 1M tokens.
/// </summary>
/// <param name="Provider">openai or anthropic.</param>
/// <param name="Model">A catalog model name (the override then covers every id the catalog resolves to it) or another model id
/// (covering its normalised and dated spellings, see <see cref="OrganizationPriceList"/>).</param>
public sealed record SetPriceOverrideCommand(
    string Provider, string Model, DateTime? EffectiveFrom,
    decimal? Input, decimal? CachedInput, decimal? CacheWrite5m, decimal? CacheWrite1h, decimal? Output) : IRequest<PriceOverrideDto>;

public sealed class SetPriceOverrideValidator : AbstractValidator<SetPriceOverrideCommand>
{
    public const decimal MaxUsdPerMillion = 10_000m;

    public SetPriceOverrideValidator(PriceCatalog catalog)
    {
        RuleFor(c => c.Provider).Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage("Provider is required.")
            .MaximumLength(IngestLimits.DimensionMaxLength)
            .Must((c, provider) => catalog.RowsOfModel(c.Model) is not [var row, ..] || string.Equals(row.Provider, provider.Trim(), StringComparison.OrdinalIgnoreCase))
            .WithMessage(c => $"'{c.Model}' is a catalog model of provider '{catalog.RowsOfModel(c.Model).First().Provider}'; override it under that provider.");
        RuleFor(c => c.Model).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("Model is required.")
            .MaximumLength(IngestLimits.DimensionMaxLength);
        RuleFor(c => c.Input).NotNull().WithMessage("Input (USD per 1M input tokens) is required.").UsdPerMillion();
        RuleFor(c => c.CachedInput).UsdPerMillion();
        RuleFor(c => c.CacheWrite5m).UsdPerMillion();
        RuleFor(c => c.CacheWrite1h).UsdPerMillion();
        RuleFor(c => c.Output).NotNull().WithMessage("Output (USD per 1M output tokens) is required.").UsdPerMillion();
    }
}

internal static class PriceRules
{
    public static IRuleBuilderOptions<T, decimal?> UsdPerMillion<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.InclusiveBetween(0, SetPriceOverrideValidator.MaxUsdPerMillion)
            .WithMessage($"{{PropertyName}} must be between 0 and {SetPriceOverrideValidator.MaxUsdPerMillion} USD per 1M tokens.")
            .Must(usd => usd is not { } value || NanoUsd.IsWhole(value)).WithMessage("{PropertyName} may have at most 9 decimal places.");
}

public sealed class SetPriceOverrideHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock, PriceCatalog catalog)
    : IRequestHandler<SetPriceOverrideCommand, PriceOverrideDto>
{
    public async Task<PriceOverrideDto> Handle(SetPriceOverrideCommand request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var now = clock.GetUtcNow().UtcDateTime;
        var catalogRow = catalog.RowsOfModel(request.Model).FirstOrDefault();
        var (provider, model) = catalogRow is null ? (request.Provider.Trim(), request.Model.Trim()) : (catalogRow.Provider, catalogRow.Model);
        var effectiveFrom = WholeMilliseconds((request.EffectiveFrom ?? now).ToUniversalTime());
        var newPrices = new OverridePrices(NanoUsd.FromUsd(request.Input!.Value), ToNanoUsd(request.CachedInput), ToNanoUsd(request.CacheWrite5m),
            ToNanoUsd(request.CacheWrite1h), NanoUsd.FromUsd(request.Output!.Value));

        var lowerModel = model.ToLowerInvariant();
        var priceOverride = await db.PriceOverrides.FirstOrDefaultAsync(o => o.Model.ToLower() == lowerModel && o.EffectiveFrom == effectiveFrom, cancellationToken);
        if (priceOverride is null) db.PriceOverrides.Add(priceOverride = new PriceOverride(organizationId, provider, model, effectiveFrom, newPrices, now));
        else priceOverride.Reprice(provider, newPrices, now);
        db.Record(organizationId, ActivityTypes.PriceOverrideSet, caller.UserId, caller.ClientIp, now, subject: model,
            detail: $"{provider}/{model} from {effectiveFrom:O}: input {request.Input} output {request.Output} USD per 1M tokens");
        await db.SaveChangesAsync(cancellationToken);
        return PriceOverrideDto.From(priceOverride, catalog);
    }

    private static long? ToNanoUsd(decimal? usd) => usd is { } value ? NanoUsd.FromUsd(value) : null;

    /// <summary>Both engines store the date exactly, so setting the same date again finds the same override.</summary>
    private static DateTime WholeMilliseconds(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
}
