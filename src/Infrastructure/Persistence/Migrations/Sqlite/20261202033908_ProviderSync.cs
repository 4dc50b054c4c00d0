using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProviderSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProviderConnections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CredentialToken = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    KeySuffix = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LastSyncStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSyncFinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SyncedThroughUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DataFromUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DataToUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BackfillDaysDone = table.Column<int>(type: "INTEGER", nullable: false),
                    BackfillDaysTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderConnections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderConnections_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProviderUsage",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BucketWidth = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BucketStartMs = table.Column<long>(type: "INTEGER", nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProjectId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApiKeyId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UncachedInputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    CachedInputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    CacheWrite5mTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    CacheWrite1hTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    OutputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    Requests = table.Column<long>(type: "INTEGER", nullable: true),
                    CostNanoUsd = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderUsage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderUsage_ProviderConnections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "ProviderConnections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProviderConnections_OrganizationId",
                table: "ProviderConnections",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderUsage_OrganizationId_BucketStartMs",
                table: "ProviderUsage",
                columns: new[] { "OrganizationId", "BucketStartMs" });

            migrationBuilder.CreateIndex(
                name: "UX_ProviderUsage_NaturalKey",
                table: "ProviderUsage",
                columns: new[] { "ConnectionId", "Kind", "BucketWidth", "BucketStartMs", "Model", "ProjectId", "ApiKeyId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProviderUsage");

            migrationBuilder.DropTable(
                name: "ProviderConnections");
        }
    }
}
