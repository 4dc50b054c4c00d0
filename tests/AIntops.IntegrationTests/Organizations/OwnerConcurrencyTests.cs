using System.Net;
using AIntops.Domain.Organizations;
using AIntops.Infrastructure.Persistence;
using AIntops.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Organizations;

/// <summary>
/// Two owners changing each other at the same time: both requests read "two owners" before either
/// writes (the gate holds them until both are saving), so only the organization's membership version
/// (a concurrency token) can stop the second one.
/// </summary>
public sealed class OwnerConcurrencyTests(OwnerConcurrencyTests.GatedApiFactory factory) : IClassFixture<OwnerConcurrencyTests.GatedApiFactory>
{
    public static TheoryData<string> Changes => ["demote", "remove"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Two_owners_changing_each_other_at_once_leave_exactly_one_owner(string change)
    {
        var first = await factory.SignupOwnerAsync();
        var second = await factory.AddMemberAsync(first, "owner");
        Task<HttpResponseMessage> Change(SignedIn caller, SignedIn target) => change == "demote"
            ? caller.Client.ChangeRoleAsync(target.UserId, "member")
            : caller.Client.RemoveMemberAsync(target.UserId);

        factory.Gate.HoldUntil(parties: 2);
        var responses = await Task.WhenAll(Change(first, second), Change(second, first));

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ExpectProblemAsync(HttpStatusCode.Conflict);
        var survivor = responses[0].StatusCode == HttpStatusCode.NoContent ? first : second;
        Assert.Single((await survivor.Client.RolesAsync()).Values, "owner");
    }

    public sealed class GatedApiFactory : ApiFactory
    {
        public SaveGate Gate { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Gate));
                services.ConfigureDbContext<PostgresAppDbContext>(options => options.AddInterceptors(Gate));
            });
        }
    }

    /// <summary>Holds saves that change memberships until the expected number of them is waiting.</summary>
    public sealed class SaveGate : SaveChangesInterceptor
    {
        private int _waiting;
        private int _parties;
        private TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void HoldUntil(int parties)
        {
            _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting = 0;
            Volatile.Write(ref _parties, parties);
        }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var parties = Volatile.Read(ref _parties);
            if (parties == 0 || !eventData.Context!.ChangeTracker.Entries<Organization>().Any(e => e.State == EntityState.Modified))
                return result;
            var open = _open;
            if (Interlocked.Increment(ref _waiting) == parties)
            {
                Volatile.Write(ref _parties, 0);
                open.TrySetResult();
            }
            await open.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            return result;
        }
    }
}
