using AIntops.Application.Common.Caching;
using AIntops.Application.Common.Interfaces;
using AIntops.Domain.Organizations;
using Microsoft.EntityFrameworkCore.Design;

namespace AIntops.Infrastructure.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add</c>; each provider keeps its own migrations.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqliteStore("Data Source=design.db").Options, new NoUser(), new CacheInvalidation());
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design").Options, new NoUser(), new CacheInvalidation());
}

internal sealed class NoUser : ICurrentUser
{
    public Guid? UserId => null;
    public Guid? OrganizationId => null;
    public Role? Role => null;
    public Guid? SessionId => null;
    public string? ClientIp => null;
}
