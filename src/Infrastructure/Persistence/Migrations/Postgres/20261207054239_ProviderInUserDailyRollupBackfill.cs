using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

// The data step of ProviderInUserDailyRollup, in a migration of its own: on SQLite the schema step's table rebuild runs at the end of
// that migration, after any SQL in it.

namespace AIntops.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProviderInUserDailyRollupBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in UserDailyProviderBackfill.Up()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in UserDailyProviderBackfill.Down()) migrationBuilder.Sql(sql);
        }
    }
}
