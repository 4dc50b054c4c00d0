using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AIntops.Infrastructure.Persistence;

/// <summary>
/// The EF model against the rollup declarations (<see cref="RollupTables"/>), which the raw SQL of the writer, the eraser and
/// retention is derived from: the same table, every key and counter column, and a unique index on exactly the key.
/// </summary>
public static class RollupModelCheck
{
    /// <summary>What differs, one line each; empty when the model matches.</summary>
    public static IReadOnlyList<string> Differences(IModel model) => RollupTables.All.SelectMany(table => Differences(model, table)).ToList();

    /// <exception cref="InvalidOperationException">The model and the declarations differ.</exception>
    public static void Verify(IModel model)
    {
        if (Differences(model) is { Count: > 0 } differences)
            throw new InvalidOperationException("The EF model does not match the rollup declarations: " + string.Join("; ", differences));
    }

    private static IEnumerable<string> Differences(IModel model, RollupTable table)
    {
        if (model.FindEntityType(table.RowType) is not { } entity)
        {
            yield return $"{table.RowType.Name} is not mapped";
            yield break;
        }
        if (entity.GetTableName() != table.Name) yield return $"{table.RowType.Name} is mapped to {entity.GetTableName()}, declared {table.Name}";
        var store = StoreObjectIdentifier.Table(table.Name);
        var columns = entity.GetProperties().Select(p => p.GetColumnName(store)).ToHashSet();
        foreach (var column in table.Keys.Concat(table.Counters).Where(c => !columns.Contains(c))) yield return $"{table.Name} has no column {column}";
        if (!entity.GetIndexes().Any(i => i.IsUnique && i.Properties.Select(p => p.GetColumnName(store)).SequenceEqual(table.Keys)))
            yield return $"{table.Name} has no unique index on ({string.Join(", ", table.Keys)})";
    }
}
