using AIntops.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace AIntops.Infrastructure.Persistence;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser currentUser)
    : AppDbContext(options, currentUser);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ICurrentUser currentUser)
    : AppDbContext(options, currentUser);
