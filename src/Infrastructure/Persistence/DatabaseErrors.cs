using Microsoft.Data.Sqlite;
using Npgsql;

namespace AIntops.Infrastructure.Persistence;

/// <summary>What a failed save means, on either engine.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067, SqliteConstraintPrimaryKey = 1555;

    /// <summary>A unique index (or primary key) refused the save: someone stored the same thing first.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    };
}
