using AIntops.Application.Ingest.LoadDemoData;
using AIntops.Application.Pricing;
using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Pricing;

namespace AIntops.UnitTests.Ingest;

public sealed class DemoDataSetTests
{
    private static readonly OrganizationPriceList Prices = new(new PriceCatalog(PriceCatalogFile.LoadBundled()), []);
    private static readonly DateTime Now = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_set_is_a_week_of_valid_demo_calls_priced_except_the_in_house_model()
    {
        var rows = DemoDataSet.Create(Guid.NewGuid(), Guid.NewGuid(), Now, Prices, new Random(7));

        Assert.Equal(DemoDataSet.Size, rows.Count);
        var nowMs = new DateTimeOffset(Now).ToUnixTimeMilliseconds();
        Assert.All(rows, r =>
        {
            Assert.InRange(r.TimestampMs, nowMs - (long)DemoDataSet.Span.TotalMilliseconds, nowMs);
            Assert.Equal(DataModes.Demo, r.DataMode);
            Assert.Null(r.Labels.ApiKeyId);
            Assert.True(r.CachedInputTokens + r.CacheWriteTokens <= r.InputTokens);
            Assert.Equal(r.Labels.Model != DemoDataSet.UnpricedModel, r.PriceKnown);
            Assert.True(r.ExternalRequestId.Length <= IngestLimits.ExternalRequestIdMaxLength);
        });
        Assert.Contains(rows, r => r.Labels.Model == DemoDataSet.UnpricedModel);
        Assert.Contains(rows, r => r.CacheWriteTokens > 0);
        Assert.Contains(rows, r => r.LatencyMs is null);
        Assert.Equal(3, rows.Select(r => r.Environment).Distinct().Count());
    }
}
