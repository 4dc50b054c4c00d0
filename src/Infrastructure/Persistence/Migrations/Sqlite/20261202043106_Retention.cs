using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RawRetentionDays",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 180);

            migrationBuilder.AddColumn<int>(
                name: "RollupRetentionDays",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 730);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RawRetentionDays",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "RollupRetentionDays",
                table: "Organizations");
        }
    }
}
