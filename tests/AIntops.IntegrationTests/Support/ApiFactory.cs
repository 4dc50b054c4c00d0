using AIntops.Application.Common.Caching;
using AIntops.Application.Common.Interfaces;
using AIntops.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AIntops.IntegrationTests.Support;

/// <summary>
/// The real API host on Kestrel (real HTTP on loopback) with its own data folder and a fresh
/// database of the engine under test. One per test class.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("aintops-test-").FullName;
    public TestClock Clock { get; } = new();

    /// <summary>The host's log output, captured at every level once a test enables it.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>Extra configuration for a test class, e.g. a low rate limit.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public ApiFactory() => UseKestrel(0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AINTOPS_DATA_DIR"] = DataDirectory,
            ["Auth:BcryptCost"] = "4",
            ["RateLimits:AuthPerClientPerMinute"] = "100000",
            ["RateLimits:PasswordResetPerClientPerHour"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests run the notification delivery job when they mean to.
            ["Jobs:NotificationDelivery:FirstRunDelay"] = "1.00:00:00",
            ["Jobs:BudgetMonitoring:FirstRunDelay"] = "1.00:00:00",
            ["Jobs:BudgetMonitoring:WatchInterval"] = "1.00:00:00",
            ["Jobs:AnomalyDetection:FirstRunDelay"] = "1.00:00:00",
            ["Jobs:Recommendations:FirstRunDelay"] = "1.00:00:00",
            ["Jobs:WeeklyReport:FirstRunDelay"] = "1.00:00:00",
        };
        foreach (var (key, value) in TestDatabase.FreshDatabaseSettings(DataDirectory)) settings[key] = value;
        foreach (var (key, value) in Settings) settings[key] = value;
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogCapture>(null, LogLevel.Trace));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Runs work against the database directly, as the given organization (or none).</summary>
    public async Task<T> WithDbAsync<T>(Func<IAppDbContext, Task<T>> work, Guid? organizationId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        using var tenant = organizationId is { } id ? db.UseOrganization(id) : null;
        return await work(db);
    }

    /// <summary>As <see cref="WithDbAsync{T}"/>, but the writes reach no cache of this host, as when another instance makes them.</summary>
    public async Task<T> WithDbOfAnotherInstanceAsync<T>(Func<IAppDbContext, Task<T>> work, Guid organizationId)
    {
        await using var scope = Services.CreateAsyncScope();
        var contextType = scope.ServiceProvider.GetRequiredService<AppDbContext>().GetType();
        await using var db = (AppDbContext)ActivatorUtilities.CreateInstance(scope.ServiceProvider, contextType, new CacheInvalidation());
        using var tenant = db.UseOrganization(organizationId);
        return await work(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
