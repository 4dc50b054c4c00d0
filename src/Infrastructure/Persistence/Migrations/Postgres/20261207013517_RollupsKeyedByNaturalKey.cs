using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RollupsKeyedByNaturalKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageUserDaily",
                table: "UsageUserDaily");

            migrationBuilder.DropIndex(
                name: "IX_UsageUserDaily_OrganizationId_DayStartMs_EndUserId_Environm~",
                table: "UsageUserDaily");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageUserBreakdownHourly",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropIndex(
                name: "IX_UsageUserBreakdownHourly_OrganizationId_HourStartMs_EndUser~",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageHourly",
                table: "UsageHourly");

            migrationBuilder.DropIndex(
                name: "IX_UsageHourly_OrganizationId_HourStartMs_Provider_Model_Team_~",
                table: "UsageHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageDaily",
                table: "UsageDaily");

            migrationBuilder.DropIndex(
                name: "IX_UsageDaily_OrganizationId_DayStartMs_Provider_Model_Team_En~",
                table: "UsageDaily");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LatencyHourly",
                table: "LatencyHourly");

            migrationBuilder.DropIndex(
                name: "IX_LatencyHourly_OrganizationId_HourStartMs_Provider_Model_Tea~",
                table: "LatencyHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LatencyDaily",
                table: "LatencyDaily");

            migrationBuilder.DropIndex(
                name: "IX_LatencyDaily_OrganizationId_DayStartMs_Provider_Model_Team_~",
                table: "LatencyDaily");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "UsageUserDaily");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "LatencyHourly");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "LatencyDaily");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageUserDaily",
                table: "UsageUserDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "EndUserId", "Environment", "DataMode" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageUserBreakdownHourly",
                table: "UsageUserBreakdownHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "EndUserId", "Provider", "Model", "Team", "Environment", "DataMode" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageHourly",
                table: "UsageHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId", "CacheOutcome", "Workflow" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageDaily",
                table: "UsageDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId", "CacheOutcome", "Workflow" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_LatencyHourly",
                table: "LatencyHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_LatencyDaily",
                table: "LatencyDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "Provider", "Model", "Team", "Environment", "DataMode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageUserDaily",
                table: "UsageUserDaily");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageUserBreakdownHourly",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageHourly",
                table: "UsageHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageDaily",
                table: "UsageDaily");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LatencyHourly",
                table: "LatencyHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LatencyDaily",
                table: "LatencyDaily");

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "UsageUserDaily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "UsageUserBreakdownHourly",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "UsageHourly",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "UsageDaily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "LatencyHourly",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "LatencyDaily",
                type: "bigint",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageUserDaily",
                table: "UsageUserDaily",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageUserBreakdownHourly",
                table: "UsageUserBreakdownHourly",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageHourly",
                table: "UsageHourly",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageDaily",
                table: "UsageDaily",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LatencyHourly",
                table: "LatencyHourly",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_LatencyDaily",
                table: "LatencyDaily",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_UsageUserDaily_OrganizationId_DayStartMs_EndUserId_Environm~",
                table: "UsageUserDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "EndUserId", "Environment", "DataMode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageUserBreakdownHourly_OrganizationId_HourStartMs_EndUser~",
                table: "UsageUserBreakdownHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "EndUserId", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageHourly_OrganizationId_HourStartMs_Provider_Model_Team_~",
                table: "UsageHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId", "CacheOutcome", "Workflow" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageDaily_OrganizationId_DayStartMs_Provider_Model_Team_En~",
                table: "UsageDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId", "CacheOutcome", "Workflow" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LatencyHourly_OrganizationId_HourStartMs_Provider_Model_Tea~",
                table: "LatencyHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LatencyDaily_OrganizationId_DayStartMs_Provider_Model_Team_~",
                table: "LatencyDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);
        }
    }
}
