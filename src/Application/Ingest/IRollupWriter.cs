using AIntops.Domain.Ingest;

namespace AIntops.Application.Ingest;

/// <summary>Adds counter deltas to rows of a declared rollup table, in the transaction open on the organization's database context.</summary>
public interface IRollupWriter
{
    /// <param name="rows">Values in the table's column order (keys, then counters); a row missing is created.</param>
    Task AddAsync(RollupTable table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken);
}
