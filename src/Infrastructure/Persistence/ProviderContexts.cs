using AIntops.Application.Common.Caching;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser currentUser, CacheInvalidation caches)
    : AppDbContext(options, currentUser, caches);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser currentUser, CacheInvalidation caches)
    : AppDbContext(options, currentUser, caches)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The request log filtered by one end user, newest first. PostgreSQL only: there a one-user page otherwise
        // walks the time index past other users' rows (docs/performance.md); SQLite meets the target without it
        // and keeps its insert rate.
        modelBuilder.Entity<LlmEvent>().HasIndex(e => new { e.OrganizationId, e.EndUserId, e.TimestampMs, e.Id });
    }
}
