using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UserBreakdownHourly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UsageUserBreakdownHourly",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HourStartMs = table.Column<long>(type: "INTEGER", nullable: false),
                    EndUserId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Environment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DataMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Requests = table.Column<long>(type: "INTEGER", nullable: false),
                    InputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    OutputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    CostNanoUsd = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageUserBreakdownHourly", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UsageUserBreakdownHourly_OrganizationId_HourStartMs_EndUserId_Provider_Model_Team_Environment_DataMode",
                table: "UsageUserBreakdownHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "EndUserId", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);

            migrationBuilder.Sql(UserBreakdownHourlyBackfill.Up());

            migrationBuilder.DropTable(
                name: "UsageUserBreakdownDaily");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UsageUserBreakdownDaily",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CostNanoUsd = table.Column<long>(type: "INTEGER", nullable: false),
                    DataMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DayStartMs = table.Column<long>(type: "INTEGER", nullable: false),
                    EndUserId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Environment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    InputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Requests = table.Column<long>(type: "INTEGER", nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageUserBreakdownDaily", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UsageUserBreakdownDaily_OrganizationId_DayStartMs_EndUserId_Provider_Model_Team_Environment_DataMode",
                table: "UsageUserBreakdownDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "EndUserId", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);

            migrationBuilder.Sql(UserBreakdownHourlyBackfill.Down());

            migrationBuilder.DropTable(
                name: "UsageUserBreakdownHourly");
        }
    }
}
