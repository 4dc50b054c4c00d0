namespace AIntops.IntegrationTests.Support;

/// <summary>
/// Which engine the tests run on: SQLite by default; PostgreSQL when <c>AINTOPS_TEST_DB=Postgres</c>
/// and <c>AINTOPS_TEST_PG</c> holds a server connection string (the test command starts that server).
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("AINTOPS_TEST_DB"), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>Settings for a fresh, empty database of the engine under test.</summary>
    public static Dictionary<string, string?> FreshDatabaseSettings(string dataDirectory)
    {
        if (!IsPostgres) return new() { ["Database:Provider"] = "Sqlite" };
        var server = Environment.GetEnvironmentVariable("AINTOPS_TEST_PG")
            ?? throw new InvalidOperationException("AINTOPS_TEST_DB=Postgres needs AINTOPS_TEST_PG (a connection string without Database).");
        return new()
        {
            ["Database:Provider"] = "Postgres",
            ["Database:ConnectionString"] = $"{server};Database=aintops_test_{Guid.NewGuid():N}",
        };
    }
}
