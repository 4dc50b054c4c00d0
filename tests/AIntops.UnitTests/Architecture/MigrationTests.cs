using AIntops.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AIntops.UnitTests.Architecture;

public sealed class MigrationTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration for SQLite (docs/adr/0002-database-providers.md).");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration for PostgreSQL (docs/adr/0002-database-providers.md).");
    }
}
