using System.Diagnostics;
using AIntops.Application.Analytics;
using AIntops.Application.Analytics.GetOverview;
using AIntops.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AIntops.Infrastructure.Hosting;

/// <summary>
/// Before the host listens, answers the default overview once for the organizations whose sums were kept in the last day (the most
/// recent <see cref="Organizations"/>, within <see cref="Budget"/>): their kept sums are then in memory and the analytics code is
/// compiled, so the first call after a restart does not pay for either. Nothing here can stop the host from starting.
/// </summary>
internal sealed class SettledSumsWarmUp(IServiceScopeFactory scopes, SettledSumsFiles files, IOptions<AnalyticsOptions> options,
    ILogger<SettledSumsWarmUp> logger) : IHostedService
{
    public const int Organizations = 5;
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.KeepSettledSums || options.Value.SettledDayCacheRows <= 0) return;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        var clock = Stopwatch.StartNew();
        var warmed = 0;
        foreach (var organizationId in files.RecentOrganizations(TimeSpan.FromDays(1)).Take(Organizations))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
                using var tenant = db.UseOrganization(organizationId);
                if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, budget.Token)) continue;
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetOverviewQuery(new AnalyticsFilter()), budget.Token);
                warmed++;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not warm the analytics of organization {OrganizationId}.", organizationId);
            }
        }
        if (warmed > 0) logger.LogInformation("Warmed the analytics of {Count} organizations in {Elapsed} ms.", warmed, clock.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
