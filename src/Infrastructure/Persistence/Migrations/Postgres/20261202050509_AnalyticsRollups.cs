using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnalyticsRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RawRetentionDays",
                table: "Organizations",
                type: "integer",
                nullable: false,
                defaultValue: 180);

            migrationBuilder.AddColumn<int>(
                name: "RollupRetentionDays",
                table: "Organizations",
                type: "integer",
                nullable: false,
                defaultValue: 730);

            migrationBuilder.CreateTable(
                name: "LatencyDaily",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    L00 = table.Column<long>(type: "bigint", nullable: false),
                    L01 = table.Column<long>(type: "bigint", nullable: false),
                    L02 = table.Column<long>(type: "bigint", nullable: false),
                    L03 = table.Column<long>(type: "bigint", nullable: false),
                    L04 = table.Column<long>(type: "bigint", nullable: false),
                    L05 = table.Column<long>(type: "bigint", nullable: false),
                    L06 = table.Column<long>(type: "bigint", nullable: false),
                    L07 = table.Column<long>(type: "bigint", nullable: false),
                    L08 = table.Column<long>(type: "bigint", nullable: false),
                    L09 = table.Column<long>(type: "bigint", nullable: false),
                    L10 = table.Column<long>(type: "bigint", nullable: false),
                    L11 = table.Column<long>(type: "bigint", nullable: false),
                    L12 = table.Column<long>(type: "bigint", nullable: false),
                    L13 = table.Column<long>(type: "bigint", nullable: false),
                    L14 = table.Column<long>(type: "bigint", nullable: false),
                    L15 = table.Column<long>(type: "bigint", nullable: false),
                    L16 = table.Column<long>(type: "bigint", nullable: false),
                    L17 = table.Column<long>(type: "bigint", nullable: false),
                    L18 = table.Column<long>(type: "bigint", nullable: false),
                    L19 = table.Column<long>(type: "bigint", nullable: false),
                    L20 = table.Column<long>(type: "bigint", nullable: false),
                    L21 = table.Column<long>(type: "bigint", nullable: false),
                    L22 = table.Column<long>(type: "bigint", nullable: false),
                    L23 = table.Column<long>(type: "bigint", nullable: false),
                    L24 = table.Column<long>(type: "bigint", nullable: false),
                    L25 = table.Column<long>(type: "bigint", nullable: false),
                    L26 = table.Column<long>(type: "bigint", nullable: false),
                    L27 = table.Column<long>(type: "bigint", nullable: false),
                    L28 = table.Column<long>(type: "bigint", nullable: false),
                    L29 = table.Column<long>(type: "bigint", nullable: false),
                    L30 = table.Column<long>(type: "bigint", nullable: false),
                    L31 = table.Column<long>(type: "bigint", nullable: false),
                    L32 = table.Column<long>(type: "bigint", nullable: false),
                    L33 = table.Column<long>(type: "bigint", nullable: false),
                    L34 = table.Column<long>(type: "bigint", nullable: false),
                    L35 = table.Column<long>(type: "bigint", nullable: false),
                    L36 = table.Column<long>(type: "bigint", nullable: false),
                    L37 = table.Column<long>(type: "bigint", nullable: false),
                    L38 = table.Column<long>(type: "bigint", nullable: false),
                    L39 = table.Column<long>(type: "bigint", nullable: false),
                    L40 = table.Column<long>(type: "bigint", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DayStartMs = table.Column<long>(type: "bigint", nullable: false),
                    Provider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Model = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Team = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Environment = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DataMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Requests = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LatencyDaily", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LatencyHourly",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    L00 = table.Column<long>(type: "bigint", nullable: false),
                    L01 = table.Column<long>(type: "bigint", nullable: false),
                    L02 = table.Column<long>(type: "bigint", nullable: false),
                    L03 = table.Column<long>(type: "bigint", nullable: false),
                    L04 = table.Column<long>(type: "bigint", nullable: false),
                    L05 = table.Column<long>(type: "bigint", nullable: false),
                    L06 = table.Column<long>(type: "bigint", nullable: false),
                    L07 = table.Column<long>(type: "bigint", nullable: false),
                    L08 = table.Column<long>(type: "bigint", nullable: false),
                    L09 = table.Column<long>(type: "bigint", nullable: false),
                    L10 = table.Column<long>(type: "bigint", nullable: false),
                    L11 = table.Column<long>(type: "bigint", nullable: false),
                    L12 = table.Column<long>(type: "bigint", nullable: false),
                    L13 = table.Column<long>(type: "bigint", nullable: false),
                    L14 = table.Column<long>(type: "bigint", nullable: false),
                    L15 = table.Column<long>(type: "bigint", nullable: false),
                    L16 = table.Column<long>(type: "bigint", nullable: false),
                    L17 = table.Column<long>(type: "bigint", nullable: false),
                    L18 = table.Column<long>(type: "bigint", nullable: false),
                    L19 = table.Column<long>(type: "bigint", nullable: false),
                    L20 = table.Column<long>(type: "bigint", nullable: false),
                    L21 = table.Column<long>(type: "bigint", nullable: false),
                    L22 = table.Column<long>(type: "bigint", nullable: false),
                    L23 = table.Column<long>(type: "bigint", nullable: false),
                    L24 = table.Column<long>(type: "bigint", nullable: false),
                    L25 = table.Column<long>(type: "bigint", nullable: false),
                    L26 = table.Column<long>(type: "bigint", nullable: false),
                    L27 = table.Column<long>(type: "bigint", nullable: false),
                    L28 = table.Column<long>(type: "bigint", nullable: false),
                    L29 = table.Column<long>(type: "bigint", nullable: false),
                    L30 = table.Column<long>(type: "bigint", nullable: false),
                    L31 = table.Column<long>(type: "bigint", nullable: false),
                    L32 = table.Column<long>(type: "bigint", nullable: false),
                    L33 = table.Column<long>(type: "bigint", nullable: false),
                    L34 = table.Column<long>(type: "bigint", nullable: false),
                    L35 = table.Column<long>(type: "bigint", nullable: false),
                    L36 = table.Column<long>(type: "bigint", nullable: false),
                    L37 = table.Column<long>(type: "bigint", nullable: false),
                    L38 = table.Column<long>(type: "bigint", nullable: false),
                    L39 = table.Column<long>(type: "bigint", nullable: false),
                    L40 = table.Column<long>(type: "bigint", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    HourStartMs = table.Column<long>(type: "bigint", nullable: false),
                    Provider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Model = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Team = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Environment = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DataMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Requests = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LatencyHourly", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsageDaily",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DayStartMs = table.Column<long>(type: "bigint", nullable: false),
                    Provider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Model = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Team = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Environment = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DataMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EndpointTag = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PromptVersion = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ApiKeyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Requests = table.Column<long>(type: "bigint", nullable: false),
                    InputTokens = table.Column<long>(type: "bigint", nullable: false),
                    OutputTokens = table.Column<long>(type: "bigint", nullable: false),
                    CachedInputTokens = table.Column<long>(type: "bigint", nullable: false),
                    CacheWriteTokens = table.Column<long>(type: "bigint", nullable: false),
                    CostNanoUsd = table.Column<long>(type: "bigint", nullable: false),
                    UnpricedRequests = table.Column<long>(type: "bigint", nullable: false),
                    LatencySumMs = table.Column<long>(type: "bigint", nullable: false),
                    LatencyCount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageDaily", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsageUserBreakdownDaily",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Provider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Model = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Team = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DayStartMs = table.Column<long>(type: "bigint", nullable: false),
                    EndUserId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Environment = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DataMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Requests = table.Column<long>(type: "bigint", nullable: false),
                    InputTokens = table.Column<long>(type: "bigint", nullable: false),
                    OutputTokens = table.Column<long>(type: "bigint", nullable: false),
                    CostNanoUsd = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageUserBreakdownDaily", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LatencyDaily_OrganizationId_DayStartMs_Provider_Model_Team_~",
                table: "LatencyDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LatencyHourly_OrganizationId_HourStartMs_Provider_Model_Tea~",
                table: "LatencyHourly",
                columns: new[] { "OrganizationId", "HourStartMs", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageDaily_OrganizationId_DayStartMs_Provider_Model_Team_En~",
                table: "UsageDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "Provider", "Model", "Team", "Environment", "DataMode", "EndpointTag", "PromptVersion", "Status", "ApiKeyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageUserBreakdownDaily_OrganizationId_DayStartMs_EndUserId~",
                table: "UsageUserBreakdownDaily",
                columns: new[] { "OrganizationId", "DayStartMs", "EndUserId", "Provider", "Model", "Team", "Environment", "DataMode" },
                unique: true);

            foreach (var statement in AnalyticsRollupsBackfill.Statements()) migrationBuilder.Sql(statement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LatencyDaily");

            migrationBuilder.DropTable(
                name: "LatencyHourly");

            migrationBuilder.DropTable(
                name: "UsageDaily");

            migrationBuilder.DropTable(
                name: "UsageUserBreakdownDaily");

            migrationBuilder.DropColumn(
                name: "RawRetentionDays",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "RollupRetentionDays",
                table: "Organizations");
        }
    }
}
