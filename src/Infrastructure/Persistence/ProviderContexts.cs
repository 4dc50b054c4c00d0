using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using AIntops.Application.Common.Caching;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Ingest;

namespace AIntops.Infrastructure.Persistence;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser currentUser, CacheInvalidation caches)
    : AppDbContext(options, currentUser, caches)
{
    /// <summary>
    /// Event ids as 16 bytes in network order, not 36 characters: they are in the row and in two of its indexes. Network order keeps
    /// version-7 ids (time first) sorting as they do as text and as <see cref="Guid.CompareTo(Guid)"/> does.
    /// </summary>
    public static readonly ValueConverter<Guid, byte[]> EventIdBytes = new(id => id.ToByteArray(true), bytes => new Guid(bytes, true));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<LlmEvent>().Property(e => e.Id).HasConversion(EventIdBytes);
        modelBuilder.Entity<RequestContent>().Property(c => c.EventId).HasConversion(EventIdBytes);
    }
}

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser currentUser, CacheInvalidation caches)
    : AppDbContext(options, currentUser, caches)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The request log filtered by one end user, newest first. PostgreSQL only: there a one-user page otherwise
        // walks the time index past other users' rows (docs/performance.md); SQLite meets the target without it
        // and keeps its insert rate.
        modelBuilder.Entity<LlmEvent>().HasIndex(e => new { e.OrganizationRef, e.EndUserRef, e.TimestampMs, e.Id });
    }
}
