using System.Text.Json;
using AIntops.Api.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AIntops.UnitTests.Api;

/// <summary>A failed save answers 409 only when a unique key refused it; anything else the database refused is the server's error.</summary>
public sealed class ConflictMappingTests
{
    [Fact]
    public async Task A_unique_key_refusal_on_either_engine_is_a_conflict()
    {
        Assert.Equal((409, "Conflict."), await AnswerAsync(new DbUpdateException("save failed", SqliteRefusal("INSERT INTO t (name) VALUES ('a'), ('a')"))));
        Assert.Equal((409, "Conflict."), await AnswerAsync(new DbUpdateException("save failed",
            new PostgresException("duplicate key value", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation))));
    }

    [Fact]
    public async Task Any_other_refusal_is_a_500_that_says_nothing_of_the_database()
    {
        Assert.Equal((500, "An unexpected error occurred."), await AnswerAsync(new DbUpdateException("save failed", SqliteRefusal("INSERT INTO t (name) VALUES (NULL)"))));
        Assert.Equal((500, "An unexpected error occurred."), await AnswerAsync(new DbUpdateException("save failed",
            new PostgresException("invalid byte sequence", "ERROR", "ERROR", PostgresErrorCodes.CharacterNotInRepertoire))));
        Assert.Equal((500, "An unexpected error occurred."), await AnswerAsync(new DbUpdateException("save failed")));
    }

    /// <summary>What SQLite itself throws for <paramref name="sql"/> against a table with a unique, non-null name.</summary>
    private static SqliteException SqliteRefusal(string sql)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (name TEXT NOT NULL UNIQUE)";
        create.ExecuteNonQuery();
        using var insert = connection.CreateCommand();
        insert.CommandText = sql;
        return Assert.Throws<SqliteException>(() => insert.ExecuteNonQuery());
    }

    private static async Task<(int Status, string Title)> AnswerAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        var handler = new ProblemDetailsExceptionHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(),
            NullLogger<ProblemDetailsExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));

        context.Response.Body.Position = 0;
        var problem = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.DoesNotContain("save failed", problem.RootElement.GetRawText());
        return (context.Response.StatusCode, problem.RootElement.GetProperty("title").GetString()!);
    }
}
