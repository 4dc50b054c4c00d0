using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CacheOutcome : Migration
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
                name: "CacheOutcome",
                table: "UsageHourly",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CacheOutcome",
                table: "UsageDaily",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

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

            foreach (var statement in CacheOutcomeBackfill.Up("UsageHourly", "HourStartMs", 3_600_000)
                         .Concat(CacheOutcomeBackfill.Up("UsageDaily", "DayStartMs", 86_400_000)))
                migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in CacheOutcomeBackfill.Down("UsageHourly", "HourStartMs").Concat(CacheOutcomeBackfill.Down("UsageDaily", "DayStartMs")))
                migrationBuilder.Sql(statement);

            migrationBuilder.DropIndex(
                name: "IX_UsageHourly_OrganizationId_HourStartMs_Provider_Model_Team_~",
                table: "UsageHourly");

            migrationBuilder.DropIndex(
                name: "IX_UsageDaily_OrganizationId_DayStartMs_Provider_Model_Team_En~",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "CacheOutcome",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "CacheOutcome",
                table: "UsageDaily");

            migrationBuilder.CreateIndex(
                name: "IX_UsageHourly_OrganizationId_HourStartMs_Provider_Model_Team_~",
                table: "UsageHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageDaily_OrganizationId_DayStartMs_Provider_Model_Team_En~",
                table: "UsageDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId" },
                unique: true);
        }
    }
}
