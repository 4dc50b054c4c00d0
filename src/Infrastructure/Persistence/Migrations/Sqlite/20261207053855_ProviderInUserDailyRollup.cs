using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProviderInUserDailyRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageUserDaily",
                table: "UsageUserDaily");

            migrationBuilder.AddColumn<int>(
                name: "ProviderRef",
                table: "UsageUserDaily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageUserDaily",
                table: "UsageUserDaily",
                columns: new[] { "OrganizationRef", "DayStartMs", "EndUserRef", "ProviderRef", "Environment", "DataMode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageUserDaily",
                table: "UsageUserDaily");

            migrationBuilder.DropColumn(
                name: "ProviderRef",
                table: "UsageUserDaily");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageUserDaily",
                table: "UsageUserDaily",
                columns: new[] { "OrganizationRef", "DayStartMs", "EndUserRef", "Environment", "DataMode" });
        }
    }
}
