using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Persistence;
using AIntops.Infrastructure.Persistence.Migrations;
using AIntops.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Ingest;

public sealed class RollupBackfillTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_migration_backfill_rebuilds_the_new_rollups_from_the_raw_rows()
    {
        var owner = await factory.SignupOwnerAsync();
        var (_, key) = await owner.Client.CreateApiKeyAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.CreateClient().WithApiKey(key)
            .IngestBatchAsync(Enumerable.Range(0, 150).Select(i => IngestDataApi.VariedEvent(i, i % 4 == 0 ? DataModes.Test : DataModes.Real, now)));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.UsageDaily.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.UsageUserBreakdownDaily.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.LatencyHourly.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.LatencyDaily.IgnoreQueryFilters().ExecuteDeleteAsync();
            foreach (var statement in AnalyticsRollupsBackfill.Statements()) await db.Database.ExecuteSqlRawAsync(statement);
        }

        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
    }
}
