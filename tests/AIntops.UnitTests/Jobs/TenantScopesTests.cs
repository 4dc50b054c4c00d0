using AIntops.Application.Common;
using Microsoft.Extensions.Logging.Abstractions;

namespace AIntops.UnitTests.Jobs;

public sealed class TenantScopesTests
{
    private static readonly TenantItem First = new(Guid.NewGuid(), Guid.NewGuid());
    private static readonly TenantItem Broken = new(Guid.NewGuid());
    private static readonly TenantItem Last = new(Guid.NewGuid(), Guid.NewGuid());

    [Fact]
    public async Task A_failing_item_is_recorded_by_its_ids_and_kind_and_the_items_after_it_still_run()
    {
        var ran = new List<TenantItem>();

        var run = await TenantScopes.EachInOwnBoundaryAsync([First, Broken, Last], async item =>
        {
            await Task.Yield();
            ran.Add(item);
            return item == Broken ? throw new InvalidOperationException("api key sk-secret of the organization") : 2;
        }, NullLogger.Instance, CancellationToken.None);

        Assert.Equal([First, Broken, Last], ran);
        Assert.Equal(4, run.Done);
        var failure = Assert.Single(run.Failures);
        Assert.Equal(Broken.OrganizationId, failure.OrganizationId);
        Assert.Contains(nameof(InvalidOperationException), failure.Error);
        Assert.DoesNotContain("sk-secret", failure.Error);
    }

    [Fact]
    public async Task A_failing_connection_is_named_in_its_failure()
    {
        var run = await TenantScopes.EachInOwnBoundaryAsync([First], _ => throw new NullReferenceException(), NullLogger.Instance, CancellationToken.None);

        Assert.Contains(First.ItemId!.Value.ToString(), Assert.Single(run.Failures).Error);
    }

    [Fact]
    public async Task Cancellation_ends_the_pass_instead_of_counting_as_a_failure()
    {
        using var shutdown = new CancellationTokenSource();
        var ran = new List<TenantItem>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TenantScopes.EachInOwnBoundaryAsync([First, Broken, Last], async item =>
        {
            ran.Add(item);
            if (item == Broken) await shutdown.CancelAsync();
            shutdown.Token.ThrowIfCancellationRequested();
            return 1;
        }, NullLogger.Instance, shutdown.Token));

        Assert.Equal([First, Broken], ran);
    }

    [Fact]
    public async Task A_pass_cancelled_between_items_starts_no_further_item()
    {
        using var shutdown = new CancellationTokenSource();
        var ran = new List<TenantItem>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TenantScopes.EachInOwnBoundaryAsync([First, Last], async item =>
        {
            ran.Add(item);
            await shutdown.CancelAsync();
            return 1;
        }, NullLogger.Instance, shutdown.Token));

        Assert.Equal([First], ran);
    }
}
