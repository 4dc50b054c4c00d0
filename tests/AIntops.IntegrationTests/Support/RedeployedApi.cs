using Microsoft.Data.Sqlite;

namespace AIntops.IntegrationTests.Support;

/// <summary>
/// One deployment restarted with new settings, as an operator does during a key rotation: every
/// <see cref="StartAsync"/> is a new API host on the same data folder and database.
/// </summary>
public sealed class RedeployedApi : IAsyncDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("aintops-redeploy-").FullName;
    private readonly Dictionary<string, string?> _database;
    private readonly List<ApiFactory> _started = [];

    public RedeployedApi() => _database = TestDatabase.FreshDatabaseSettings(_dataDirectory);

    /// <summary>The data folder every start shares.</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>Starts the API with these settings on top of the shared data folder and database.</summary>
    public ApiFactory Start(IDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(_database)
        {
            ["AINTOPS_DATA_DIR"] = _dataDirectory,
            ["Jobs:ProviderSync:FirstRunDelay"] = "1.00:00:00",
        };
        foreach (var (key, value) in settings) all[key] = value;
        var api = new ConfiguredApiFactory(all);
        _started.Add(api);
        _ = api.Services; // starts the host: migrations and start-up work have run when this returns
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var api in _started) await api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }

    private sealed class ConfiguredApiFactory(IDictionary<string, string?> settings) : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => settings;
    }
}
