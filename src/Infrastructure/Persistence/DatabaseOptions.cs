namespace AIntops.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded, the default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Defaults to <c>aintops.db</c> in the data folder for SQLite.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);

    /// <summary>The password .env.example ships with, which an installation must replace.</summary>
    public const string PlaceholderPassword = "change-me";

    /// <exception cref="InvalidOperationException">The connection string still has the example's password.</exception>
    public void RefusePlaceholderPassword()
    {
        if (!IsPostgres || ConnectionString is null) return;
        var password = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString }.TryGetValue("Password", out var value) ? value as string : null;
        if (password == PlaceholderPassword)
            throw new InvalidOperationException(
                $"The database password is still the placeholder '{PlaceholderPassword}' of .env.example: set POSTGRES_PASSWORD (or Database:ConnectionString) to a secret of your own.");
    }
}
