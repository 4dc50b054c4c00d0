using AIntops.Application.Common.Concurrency;

namespace AIntops.UnitTests.Common;

public sealed class KeyedLockTests
{
    [Fact]
    public async Task A_second_holder_of_the_same_key_waits_for_the_first_and_another_key_does_not()
    {
        var locks = new KeyedLock<string>();
        var first = await locks.AcquireAsync("org-a", CancellationToken.None);

        var sameKey = locks.AcquireAsync("org-a", CancellationToken.None);
        var otherKey = await locks.AcquireAsync("org-b", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(sameKey.IsCompleted);

        first.Dispose();
        first.Dispose(); // a second release of one turn frees nothing more
        var second = await sameKey.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(locks.AcquireAsync("org-a", CancellationToken.None).IsCompleted);
        second.Dispose();
        otherKey.Dispose();
    }

    [Fact]
    public async Task A_waiter_that_gives_up_does_not_keep_the_key_from_the_next()
    {
        var locks = new KeyedLock<string>();
        var holder = await locks.AcquireAsync("org-a", CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var waiter = locks.AcquireAsync("org-a", giveUp.Token);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);

        holder.Dispose();
        using var next = await locks.AcquireAsync("org-a", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }
}
