using System.Net;
using AIntops.Domain.Ingest;
using AIntops.IntegrationTests.Support;

namespace AIntops.IntegrationTests.Ingest;

public sealed class IngestCleanupTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>An organization whose owner and admin each sent test and real data with a key of their own.</summary>
    private async Task<(SignedIn Owner, SignedIn Admin)> TwoSendersAsync()
    {
        var owner = await factory.SignupOwnerAsync();
        var admin = await factory.AddMemberAsync(owner, "admin");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        foreach (var (sender, test, real) in new[] { (owner, 30, 10), (admin, 20, 5) })
        {
            var (_, key) = await sender.Client.CreateApiKeyAsync();
            var client = factory.CreateClient().WithApiKey(key);
            await client.IngestBatchAsync(Enumerable.Range(0, test).Select(i => IngestDataApi.VariedEvent(i, DataModes.Test, now)));
            await client.IngestBatchAsync(Enumerable.Range(0, real).Select(i => IngestDataApi.VariedEvent(i, DataModes.Real, now)));
        }
        return (owner, admin);
    }

    [Fact]
    public async Task Clearing_my_test_data_leaves_everyone_elses_and_keeps_rollups_and_plan_usage()
    {
        var (owner, admin) = await TwoSendersAsync();

        Assert.Equal(20, await admin.Client.DeletedAsync("test-data", "mine"));

        var rows = await factory.RawEventsAsync(owner.OrganizationId);
        Assert.Equal(30, rows.Count(r => r.DataMode == DataModes.Test));
        Assert.All(rows.Where(r => r.DataMode == DataModes.Test), r => Assert.Equal(owner.UserId, r.Labels.SentByUserId));
        Assert.Equal(15, rows.Count(r => r.DataMode == DataModes.Real));
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
        Assert.Equal(65, await factory.PlanUsageAsync(owner.OrganizationId));
        Assert.Contains("test_data_deleted", (await owner.Client.ActivityAsync()).Types);
    }

    [Fact]
    public async Task Clearing_the_workspace_removes_everyones_test_data_and_never_real_data()
    {
        var (owner, _) = await TwoSendersAsync();

        Assert.Equal(50, await owner.Client.DeletedAsync("test-data", "workspace"));
        Assert.Equal(0, await owner.Client.DeletedAsync("test-data", "workspace"));

        var rows = await factory.RawEventsAsync(owner.OrganizationId);
        Assert.Equal(15, rows.Count);
        Assert.All(rows, r => Assert.Equal(DataModes.Real, r.DataMode));
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
        Assert.Equal(65, await factory.PlanUsageAsync(owner.OrganizationId));
    }

    [Fact]
    public async Task Demo_data_is_cleared_in_chunks_with_exact_rollups_after_each_scope()
    {
        var (owner, admin) = await TwoSendersAsync();
        for (var i = 0; i < 3; i++) await owner.Client.LoadDemoDataAsync();
        await admin.Client.LoadDemoDataAsync();
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);

        Assert.Equal(1500, await owner.Client.DeletedAsync("demo-data", "mine"));
        var rows = await factory.RawEventsAsync(owner.OrganizationId);
        Assert.Equal(500, rows.Count(r => r.DataMode == DataModes.Demo));
        Assert.All(rows.Where(r => r.DataMode == DataModes.Demo), r => Assert.Equal(admin.UserId, r.Labels.SentByUserId));
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);

        Assert.Equal(500, await admin.Client.DeletedAsync("demo-data", "workspace"));
        Assert.DoesNotContain(await factory.RawEventsAsync(owner.OrganizationId), r => r.DataMode == DataModes.Demo);
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
        Assert.Equal(65, await factory.PlanUsageAsync(owner.OrganizationId));
        Assert.Contains("demo_data_deleted", (await owner.Client.ActivityAsync()).Types);
    }

    [Fact]
    public async Task Concurrent_cleanups_delete_each_row_once()
    {
        var (owner, admin) = await TwoSendersAsync();
        for (var i = 0; i < 3; i++) await owner.Client.LoadDemoDataAsync();

        var deleted = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? owner : admin).Client.DeletedAsync("demo-data", "workspace")));

        Assert.Equal(1500, deleted.Sum());
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
    }

    [Fact]
    public async Task Members_may_clear_only_what_they_sent()
    {
        var (owner, admin) = await TwoSendersAsync();
        await (await owner.Client.ChangeRoleAsync(admin.UserId, "member")).ExpectAsync(HttpStatusCode.NoContent);

        await (await admin.Client.DeleteDataAsync("test-data", "workspace")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.Client.DeleteDataAsync("demo-data", "workspace")).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(50, (await factory.RawEventsAsync(owner.OrganizationId)).Count(r => r.DataMode == DataModes.Test));

        Assert.Equal(20, await admin.Client.DeletedAsync("test-data", "mine"));
        Assert.Equal(0, await admin.Client.DeletedAsync("demo-data", "mine"));
        await factory.AssertRollupsMatchRawRowsAsync(owner.OrganizationId);
    }

    [Theory]
    [InlineData("test-data", "everything")]
    [InlineData("test-data", "")]
    [InlineData("demo-data", "Workspace")]
    public async Task A_bad_scope_is_a_400_naming_scope(string kind, string scope)
    {
        var owner = await factory.SignupOwnerAsync();

        var problem = await (await owner.Client.DeleteDataAsync(kind, scope)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["scope"]);
    }

    [Fact]
    public async Task A_missing_scope_is_a_400_naming_scope()
    {
        var owner = await factory.SignupOwnerAsync();

        var problem = await (await owner.Client.DeleteAsync("/v1/ingest/demo-data")).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["scope"]);
    }
}
