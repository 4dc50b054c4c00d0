using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Organizations;
using AIntops.Infrastructure.Hosting;
using AIntops.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AIntops.IntegrationTests.Support;

/// <summary>
/// Several API processes deployed side by side: one data folder (so one generated JWT key) and one fresh
/// database of the engine under test, as behind a load balancer. Started one after another, so the first
/// one creates the database and the key.
/// </summary>
public sealed class ApiInstances : IAsyncDisposable
{
    private readonly List<ApiProcess> _instances = [];
    private readonly ServiceProvider _database;

    private ApiInstances(string dataDirectory, Dictionary<string, string?> settings)
    {
        DataDirectory = dataDirectory;
        Settings = settings;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<ICurrentUser, NoCaller>();
        services.AddDatabase(configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions(),
            new DataDirectory(configuration));
        _database = services.BuildServiceProvider();
    }

    public string DataDirectory { get; }
    public IReadOnlyDictionary<string, string?> Settings { get; }
    public IReadOnlyList<ApiProcess> Instances => _instances;

    /// <param name="extraSettings">Configuration for every instance on top of the test defaults.</param>
    public static async Task<ApiInstances> StartAsync(int count, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("aintops-instances-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["AINTOPS_DATA_DIR"] = dataDirectory,
            ["Auth:BcryptCost"] = "4",
            ["RateLimits:AuthPerClientPerMinute"] = "100000",
        };
        foreach (var (key, value) in TestDatabase.FreshDatabaseSettings(dataDirectory)) settings[key] = value;
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>()) settings[key] = value;

        var deployment = new ApiInstances(dataDirectory, settings);
        try
        {
            for (var i = 0; i < count; i++) deployment._instances.Add(await ApiProcess.StartAsync(settings));
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs work against the shared database directly, outside any organization.</summary>
    public async Task<T> WithDbAsync<T>(Func<IAppDbContext, Task<T>> work)
    {
        await using var scope = _database.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IAppDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances) instance.Dispose();
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }

    private sealed class NoCaller : ICurrentUser
    {
        public Guid? UserId => null;
        public Guid? OrganizationId => null;
        public Role? Role => null;
        public Guid? SessionId => null;
        public string? ClientIp => null;
    }
}
