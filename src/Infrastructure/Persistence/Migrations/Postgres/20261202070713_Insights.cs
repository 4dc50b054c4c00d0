using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Insights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Anomalies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScopeKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ScopeValue = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    WindowStartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WindowEndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ObservedNanoUsd = table.Column<long>(type: "bigint", nullable: false),
                    ExpectedNanoUsd = table.Column<long>(type: "bigint", nullable: false),
                    ZScore = table.Column<double>(type: "double precision", nullable: false),
                    DriverDimension = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DriverValue = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    DriverObservedNanoUsd = table.Column<long>(type: "bigint", nullable: true),
                    DriverExpectedNanoUsd = table.Column<long>(type: "bigint", nullable: true),
                    DriverShareOfExcess = table.Column<double>(type: "double precision", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Anomalies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Anomalies_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    JobKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastStartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastFinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastDurationMs = table.Column<long>(type: "bigint", nullable: true),
                    LastOutcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastInstance = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.JobKey);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EvidenceJson = table.Column<string>(type: "text", nullable: false),
                    SavingNanoUsd = table.Column<long>(type: "bigint", nullable: false),
                    SavingBasis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AnomalyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StatusChangedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    StatusChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Anomalies_OrganizationId_ScopeKind_ScopeValue_WindowStartUtc",
                table: "Anomalies",
                columns: new[] { "OrganizationId", "ScopeKind", "ScopeValue", "WindowStartUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Anomalies_OrganizationId_WindowStartUtc",
                table: "Anomalies",
                columns: new[] { "OrganizationId", "WindowStartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_OrganizationId_Fingerprint",
                table: "Recommendations",
                columns: new[] { "OrganizationId", "Fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_OrganizationId_Status_SavingNanoUsd",
                table: "Recommendations",
                columns: new[] { "OrganizationId", "Status", "SavingNanoUsd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Anomalies");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "Recommendations");
        }
    }
}
