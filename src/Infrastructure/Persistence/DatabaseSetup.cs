using AIntops.Application.Common.Interfaces;
using AIntops.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connectionString));
        }
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        return services;
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
