using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Sqlite
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
                name: "IX_UsageUserDaily_OrganizationId_DayStartMs_EndUserId_Environment_DataMode",
                table: "UsageUserDaily");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageUserBreakdownHourly",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropIndex(
                name: "IX_UsageUserBreakdownHourly_OrganizationId_HourStartMs_EndUserId_Provider_Model_Team_Environment_DataMode",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageHourly",
                table: "UsageHourly");

            migrationBuilder.DropIndex(
                name: "IX_UsageHourly_OrganizationId_HourStartMs_Provider_Model_Team_Environment_DataMode_EndpointTag_PromptVersion_Status_ApiKeyId_CacheOutcome_Workflow",
                table: "UsageHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageDaily",
                table: "UsageDaily");

            migrationBuilder.DropIndex(
                name: "IX_UsageDaily_OrganizationId_DayStartMs_Provider_Model_Team_Environment_DataMode_EndpointTag_PromptVersion_Status_ApiKeyId_CacheOutcome_Workflow",
                table: "UsageDaily");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LatencyHourly",
                table: "LatencyHourly");

            migrationBuilder.DropIndex(
                name: "IX_LatencyHourly_OrganizationId_HourStartMs_Provider_Model_Team_Environment_DataMode",
                table: "LatencyHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LatencyDaily",
                table: "LatencyDaily");

            migrationBuilder.DropIndex(
                name: "IX_LatencyDaily_OrganizationId_DayStartMs_Provider_Model_Team_Environment_DataMode",
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "UsageUserBreakdownHourly",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "UsageHourly",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "UsageDaily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "LatencyHourly",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<long>(
                name: "Id",
                table: "LatencyDaily",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L)
                .Annotation("Sqlite:Autoincrement", true);

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
                name: "IX_UsageUserDaily_OrganizationId_DayStartMs_EndUserId_Environment_DataMode",
                table: "UsageUserDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "EndUserId", "Environment", "DataMode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageUserBreakdownHourly_OrganizationId_HourStartMs_EndUserId_Provider_Model_Team_Environment_DataMode",
                table: "UsageUserBreakdownHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "EndUserId", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageHourly_OrganizationId_HourStartMs_Provider_Model_Team_Environment_DataMode_EndpointTag_PromptVersion_Status_ApiKeyId_CacheOutcome_Workflow",
                table: "UsageHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId", "CacheOutcome", "Workflow" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageDaily_OrganizationId_DayStartMs_Provider_Model_Team_Environment_DataMode_EndpointTag_PromptVersion_Status_ApiKeyId_CacheOutcome_Workflow",
                table: "UsageDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId", "CacheOutcome", "Workflow" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LatencyHourly_OrganizationId_HourStartMs_Provider_Model_Team_Environment_DataMode",
                table: "LatencyHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LatencyDaily_OrganizationId_DayStartMs_Provider_Model_Team_Environment_DataMode",
                table: "LatencyDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);
        }
    }
}
