namespace AIntops.Application.Pricing.DeletePriceOverride;

public sealed record DeletePriceOverrideCommand(Guid Id) : IRequest<Unit>;

public sealed class DeletePriceOverrideHandler(IAppDbContext db, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<DeletePriceOverrideCommand, Unit>
{
    public async Task<Unit> Handle(DeletePriceOverrideCommand request, CancellationToken cancellationToken)
    {
        var priceOverride = await db.PriceOverrides.FirstOrDefaultAsync(o => o.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("No price override with that id in this organization.");
        db.PriceOverrides.Remove(priceOverride);
        db.Record(priceOverride.OrganizationId, ActivityTypes.PriceOverrideDeleted, caller.UserId, caller.ClientIp, clock.GetUtcNow().UtcDateTime,
            subject: priceOverride.Model, detail: $"{priceOverride.Provider}/{priceOverride.Model} from {priceOverride.EffectiveFrom:O}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
