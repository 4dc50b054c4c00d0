using AIntops.Application.Ingest;

namespace AIntops.Application.Pricing.RecalculateCosts;

/// <summary>
/// Recomputes the cost of the organization's events with timestamps in [<paramref name="From"/>, <paramref name="To"/>)
/// with today's catalog and overrides as of each event's time, correcting the rollups in the same transactions.
/// </summary>
public sealed record RecalculateCostsCommand(DateTime? From, DateTime? To) : IRequest<CostRecalculation>;

/// <param name="Scanned">Events in the window.</param>
/// <param name="Changed">Events whose cost or priced state changed.</param>
/// <param name="CostDeltaUsd">The window's new total cost minus its old total cost.</param>
public sealed record CostRecalculation(long Scanned, long Changed, decimal CostDeltaUsd);

public sealed class RecalculateCostsValidator : AbstractValidator<RecalculateCostsCommand>
{
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(400);

    public RecalculateCostsValidator()
    {
        RuleFor(c => c.From).NotNull().WithMessage("From is required.");
        RuleFor(c => c.To).NotNull().WithMessage("To is required.")
            .Must((c, to) => c.From is not { } from || to > from).WithMessage("To must be after from.")
            .Must((c, to) => c.From is not { } from || to - from <= MaxWindow)
            .WithMessage($"From and to may be at most {MaxWindow.TotalDays} days apart; recalculate a longer period in parts.");
    }
}

public sealed class RecalculateCostsHandler(IAppDbContext db, IRollupWriter rollups, DimensionDirectory dimensions, ICurrentUser caller, TimeProvider clock,
    OrganizationPrices prices)
    : IRequestHandler<RecalculateCostsCommand, CostRecalculation>
{
    /// <summary>Events per transaction, so a large window neither holds locks long nor loads everything at once.</summary>
    public const int ChunkSize = 5_000;

    public async Task<CostRecalculation> Handle(RecalculateCostsCommand request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var from = request.From!.Value.ToUniversalTime();
        var to = request.To!.Value.ToUniversalTime();
        var repricer = new WindowRepricer(db, rollups, dimensions, organizationId, await prices.LoadAsync(db, cancellationToken),
            new DateTimeOffset(from).ToUnixTimeMilliseconds(), new DateTimeOffset(to).ToUnixTimeMilliseconds());
        long scanned = 0, changed = 0, costDeltaNanoUsd = 0;
        WindowRepricer.Result done;
        do
        {
            done = await repricer.RepriceNextChunkAsync(ChunkSize, cancellationToken);
            (scanned, changed, costDeltaNanoUsd) = (scanned + done.Scanned, changed + done.Changed, costDeltaNanoUsd + done.CostDeltaNanoUsd);
        } while (done.Scanned == ChunkSize);

        var result = new CostRecalculation(scanned, changed, NanoUsd.ToUsd(costDeltaNanoUsd));
        db.Record(organizationId, ActivityTypes.CostsRecalculated, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
            detail: $"{from:O} to {to:O}: {changed} of {scanned} events changed, cost delta {result.CostDeltaUsd} USD");
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
