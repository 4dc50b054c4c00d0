using AIntops.Api.Infrastructure;
using AIntops.Application.Pricing.DeletePriceOverride;
using AIntops.Application.Pricing.ListPriceOverrides;
using AIntops.Application.Pricing.ListPrices;
using AIntops.Application.Pricing.RecalculateCosts;
using AIntops.Application.Pricing.SetPriceOverride;
using AIntops.Domain.Organizations;

namespace AIntops.Api.Endpoints;

public sealed class PriceEndpoints : IEndpointGroup
{
    /// <summary>Prices in USD per 1M tokens; cache kinds left out are charged at the input price.</summary>
    /// <param name="EffectiveFrom">From when the price applies (UTC); default: now.</param>
    public sealed record PriceOverrideRequest(DateTime? EffectiveFrom, decimal? Input, decimal? CachedInput, decimal? CacheWrite5m, decimal? CacheWrite1h, decimal? Output);

    /// <summary>The window [from, to) of event timestamps (UTC), at most 400 days.</summary>
    public sealed record RecalculateRequest(DateTime? From, DateTime? To);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/prices").WithTags("Prices").RequireAuthorization();

        group.MapGet("/", async (IMediator mediator, CancellationToken ct, string? provider, string? model) =>
                TypedResults.Ok(await mediator.Send(new ListPricesQuery(provider, model), ct)))
            .RequireAuthorization(Permissions.AnalyticsRead)
            .WithParameterDocs<ListPricesQuery>().WithName("ListPrices").WithSummary("Model prices as this organization pays them (USD per 1M tokens): bundled catalog rows and its overrides; " +
                "model resolves one model id to the rows that price it now and says how it matched (priceMatch)")
            .WithProblems(400, 401, 403, 404);

        group.MapGet("/overrides", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPriceOverridesQuery(), ct)))
            .RequireAuthorization(Permissions.AnalyticsRead)
            .WithName("ListPriceOverrides").WithSummary("This organization's negotiated price overrides").WithProblems(401, 403);

        group.MapPut("/overrides/{provider}/{**model}", async (string provider, string model, PriceOverrideRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetPriceOverrideCommand(provider, model, body.EffectiveFrom,
                    body.Input, body.CachedInput, body.CacheWrite5m, body.CacheWrite1h, body.Output), ct)))
            .RequireAuthorization(Permissions.PricesManage)
            .WithParameterDocs<SetPriceOverrideCommand>().WithName("SetPriceOverride").WithSummary("Set this organization's price for a model from effectiveFrom (default now) on; it wins over the catalog " +
                "(a catalog model name covers all its ids; any other id also covers its spellings with a provider prefix, dotted versions " +
                "or a date the catalog does not price). Past events change only when recalculated")
            .WithProblems(400, 401, 403, 409);

        group.MapDelete("/overrides/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeletePriceOverrideCommand(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permissions.PricesManage)
            .WithName("DeletePriceOverride").WithSummary("Delete a price override; events already recorded keep their cost until recalculated").WithProblems(401, 403, 404);

        group.MapPost("/recalculate", async (RecalculateRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecalculateCostsCommand(body.From, body.To), ct)))
            .RequireAuthorization(Permissions.PricesManage)
            .WithName("RecalculateCosts").WithSummary("Recompute the cost of this organization's events with timestamps in [from, to) from today's catalog and overrides; " +
                "the rollups are corrected in the same transactions")
            .WithProblems(400, 401, 403);
    }
}
