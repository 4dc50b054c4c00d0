using AIntops.Domain.Ingest;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace AIntops.Infrastructure.Persistence;

/// <summary>
/// SQLite migrations with the rollup tables created <c>WITHOUT ROWID</c>: clustered on their natural key, which each upsert
/// looks up, so the key columns are stored once instead of in the row and again in the primary key's index. Applies wherever a
/// rollup table is created with its natural key as primary key, also when SQLite rebuilds one (EF's <c>ef_temp_</c> copy).
/// </summary>
public sealed class SqliteMigrationsGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    private const string RebuildPrefix = "ef_temp_";

    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        if (!IsClustered(operation))
        {
            base.Generate(operation, model, builder, terminate);
            return;
        }
        base.Generate(operation, model, builder, terminate: false);
        builder.Append(" WITHOUT ROWID");
        if (!terminate) return;
        builder.AppendLine(Dependencies.SqlGenerationHelper.StatementTerminator);
        EndStatement(builder);
    }

    private static bool IsClustered(CreateTableOperation operation)
    {
        var name = operation.Name.StartsWith(RebuildPrefix, StringComparison.Ordinal) ? operation.Name[RebuildPrefix.Length..] : operation.Name;
        return RollupTables.All.FirstOrDefault(t => t.Name == name) is { } table && operation.PrimaryKey?.Columns.SequenceEqual(table.Keys) == true;
    }
}
