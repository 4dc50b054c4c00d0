using System.Data.Common;

namespace AIntops.Infrastructure.Ingest;

/// <summary>How the writer puts many rows into one table inside its transaction; one per engine.</summary>
internal abstract class IngestRows : IDisposable
{
    /// <summary>
    /// Inserts the rows, skipping those whose <paramref name="conflictKeys"/> already exist; the
    /// first column must identify a row uniquely. Returns, per row, whether it was inserted.
    /// </summary>
    public abstract Task<bool[]> InsertNewAsync(DbTransaction transaction, string table, string[] columns, string[] conflictKeys,
        IReadOnlyList<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>Adds each row's counters to the row with the same keys, creating it when missing.</summary>
    public abstract Task AddAsync(DbTransaction transaction, string table, string[] keys, string[] counters,
        IReadOnlyList<object?[]> rows, CancellationToken cancellationToken);

    public virtual void Dispose() { }

    protected static string Columns(IEnumerable<string> names) => string.Join(",", names.Select(n => $"\"{n}\""));

    protected static string AddCounters(string table, string[] keys, string[] counters) =>
        $"ON CONFLICT ({Columns(keys)}) DO UPDATE SET " + string.Join(",", counters.Select(c => $"\"{c}\" = \"{table}\".\"{c}\" + excluded.\"{c}\""));
}
