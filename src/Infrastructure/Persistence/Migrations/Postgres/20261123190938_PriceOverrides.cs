using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PriceOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PriceOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Provider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Model = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    EffectiveFrom = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    InputNanoUsdPerMillion = table.Column<long>(type: "bigint", nullable: false),
                    CachedInputNanoUsdPerMillion = table.Column<long>(type: "bigint", nullable: true),
                    CacheWrite5mNanoUsdPerMillion = table.Column<long>(type: "bigint", nullable: true),
                    CacheWrite1hNanoUsdPerMillion = table.Column<long>(type: "bigint", nullable: true),
                    OutputNanoUsdPerMillion = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceOverrides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriceOverrides_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LlmEvents_OrganizationId_DataMode_TimestampMs_Id",
                table: "LlmEvents",
                columns: new[] { "OrganizationId", "DataMode", "TimestampMs", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PriceOverrides_OrganizationId_Model_EffectiveFrom",
                table: "PriceOverrides",
                columns: new[] { "OrganizationId", "Model", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PriceOverrides");

            migrationBuilder.DropIndex(
                name: "IX_LlmEvents_OrganizationId_DataMode_TimestampMs_Id",
                table: "LlmEvents");
        }
    }
}
