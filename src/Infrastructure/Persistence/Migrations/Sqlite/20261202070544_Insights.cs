using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScopeKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ScopeValue = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    WindowStartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WindowEndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ObservedNanoUsd = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpectedNanoUsd = table.Column<long>(type: "INTEGER", nullable: false),
                    ZScore = table.Column<double>(type: "REAL", nullable: false),
                    DriverDimension = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DriverValue = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DriverObservedNanoUsd = table.Column<long>(type: "INTEGER", nullable: true),
                    DriverExpectedNanoUsd = table.Column<long>(type: "INTEGER", nullable: true),
                    DriverShareOfExcess = table.Column<double>(type: "REAL", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    JobKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastFinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastDurationMs = table.Column<long>(type: "INTEGER", nullable: true),
                    LastOutcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LastInstance = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.JobKey);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvidenceJson = table.Column<string>(type: "TEXT", nullable: false),
                    SavingNanoUsd = table.Column<long>(type: "INTEGER", nullable: false),
                    SavingBasis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AnomalyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatusChangedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
