using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Workflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UsageHourly_OrganizationId_HourStartMs_Provider_Model_Team_~",
                table: "UsageHourly");

            migrationBuilder.DropIndex(
                name: "IX_UsageDaily_OrganizationId_DayStartMs_Provider_Model_Team_En~",
                table: "UsageDaily");

            migrationBuilder.AddColumn<string>(
                name: "Workflow",
                table: "UsageHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Workflow",
                table: "UsageDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Workflow",
                table: "LlmEvents",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UsageHourly_OrganizationId_HourStartMs_Provider_Model_Team_~",
                table: "UsageHourly");

            migrationBuilder.DropIndex(
                name: "IX_UsageDaily_OrganizationId_DayStartMs_Provider_Model_Team_En~",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "Workflow",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "Workflow",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "Workflow",
                table: "LlmEvents");

            migrationBuilder.CreateIndex(
                name: "IX_UsageHourly_OrganizationId_HourStartMs_Provider_Model_Team_~",
                table: "UsageHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId", "CacheOutcome" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageDaily_OrganizationId_DayStartMs_Provider_Model_Team_En~",
                table: "UsageDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId", "CacheOutcome" },
                unique: true);
        }
    }
}
