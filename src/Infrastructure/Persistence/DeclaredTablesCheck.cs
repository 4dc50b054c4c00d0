using AIntops.Domain.Ingest;
using AIntops.Infrastructure.Ingest;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AIntops.Infrastructure.Persistence;

/// <summary>
/// The EF model, which the migrations come from, against the declarations the raw SQL of the writer and the eraser is built from:
/// every rollup table (<see cref="RollupTables"/>) with its key and counter columns and exactly the key as its primary key, and the
/// raw events table with exactly the columns <see cref="EventColumns"/> writes.
/// </summary>
public static class DeclaredTablesCheck
{
    /// <summary>What differs, one line each; empty when the model matches.</summary>
    public static IReadOnlyList<string> Differences(IModel model) =>
        [.. RollupTables.All.SelectMany(table => Differences(model, table)), .. EventDifferences(model)];

    /// <exception cref="InvalidOperationException">The model and the declarations differ.</exception>
    public static void Verify(IModel model)
    {
        if (Differences(model) is { Count: > 0 } differences)
            throw new InvalidOperationException("The EF model does not match the declared tables: " + string.Join("; ", differences));
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
        if (entity.FindPrimaryKey()?.Properties.Select(p => p.GetColumnName(store)).SequenceEqual(table.Keys) != true)
            yield return $"{table.Name} is not keyed by ({string.Join(", ", table.Keys)})";
    }

    private static IEnumerable<string> EventDifferences(IModel model)
    {
        var entity = model.FindEntityType(typeof(LlmEvent))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!);
        var mapped = entity.GetProperties().Select(p => p.GetColumnName(store)).ToHashSet();
        foreach (var column in mapped.Except(EventColumns.Names)) yield return $"the event column {column} is not written";
        foreach (var column in EventColumns.Names.Except(mapped)) yield return $"the written event column {column} is not mapped";
    }
}
