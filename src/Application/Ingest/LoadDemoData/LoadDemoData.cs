using AIntops.Application.Pricing;

namespace AIntops.Application.Ingest.LoadDemoData;

/// <summary>Adds a new demo set on every call (new ids); clear it with DELETE /v1/ingest/demo-data.</summary>
public sealed record LoadDemoDataCommand : IRequest<DemoDataLoaded>;

/// <param name="From">The oldest demo event's time.</param>
/// <param name="To">The newest demo event's time.</param>
public sealed record DemoDataLoaded(int Inserted, DateTime From, DateTime To);

/// <summary>
/// Writes through the ingest writer, so raw rows and rollups stay consistent, then takes the rows
/// off the month's plan usage again: demo data is not usage.
/// </summary>
public sealed class LoadDemoDataHandler(IAppDbContext db, ICurrentUser caller, IIngestWriter writer, OrganizationPrices prices, TimeProvider clock)
    : IRequestHandler<LoadDemoDataCommand, DemoDataLoaded>
{
    public async Task<DemoDataLoaded> Handle(LoadDemoDataCommand request, CancellationToken cancellationToken)
    {
        var organizationId = caller.RequireOrganizationId();
        var now = clock.GetUtcNow().UtcDateTime;
        var priceList = await prices.ForOrganizationAsync(organizationId, cancellationToken);
        var rows = DemoDataSet.Create(organizationId, caller.RequireUserId(), now, priceList, Random.Shared);
        var inserted = (await writer.WriteAsync(rows, cancellationToken)).Count(o => !o.Duplicate);

        // Committed at this point (demo rows carry no API key, so they do not count against the plan): finish even if the caller has gone.
        db.Record(organizationId, ActivityTypes.DemoDataLoaded, caller.UserId, caller.ClientIp, now, detail: $"{inserted} events");
        await db.SaveChangesAsync(CancellationToken.None);
        return new DemoDataLoaded(inserted, FromUnixMs(rows.Min(r => r.TimestampMs)), FromUnixMs(rows.Max(r => r.TimestampMs)));
    }

    private static DateTime FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
}
