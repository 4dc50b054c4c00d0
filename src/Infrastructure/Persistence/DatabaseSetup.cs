using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore.Migrations;
using AIntops.Application.Common.Caching;
using AIntops.Application.Common.Interfaces;
using AIntops.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AIntops.Infrastructure.Persistence;

public static class DatabaseSetup
{
    public static IServiceCollection AddDatabase(this IServiceCollection services, DatabaseOptions options, DataDirectory dataDirectory)
    {
        if (options.IsPostgres)
        {
            var connectionString = options.ConnectionString
                ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            var connectionString = options.ConnectionString ?? $"Data Source={Path.Combine(dataDirectory.Path, "aintops.db")}";
            UseSqliteMultiThreadMode();
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqliteStore(connectionString));
        }
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.TryAddSingleton<CacheInvalidation>();
        return services;
    }

    /// <summary>SQLite with this application's migrations generator (<see cref="SqliteMigrationsGenerator"/>).</summary>
    public static T UseSqliteStore<T>(this T options, string connectionString) where T : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString).ReplaceService<IMigrationsSqlGenerator, SqliteMigrationsGenerator>();
        return options;
    }

    /// <summary>
    /// SQLite's default (serialized) mode takes a mutex on every call, about 3% of the CPU under ingest
    /// load. Connections here are never used by two threads at once (a DbContext, the pool and the
    /// writer hand each one to one user at a time), which is what multi-thread mode requires.
    /// It can only be chosen before SQLite initializes; later calls are refused and change nothing.
    /// </summary>
    private static void UseSqliteMultiThreadMode()
    {
        SQLitePCL.Batteries_V2.Init();
        SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD);
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        DeclaredTablesCheck.Verify(db.Model);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup)).LogInformation(
                "Migrating the database: {Count} migrations to apply ({Migrations}). Upgrading a large database rewrites its tables and can take minutes; " +
                "the API answers when it is done. Let it finish (docs/operations.md, Upgrading).", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
