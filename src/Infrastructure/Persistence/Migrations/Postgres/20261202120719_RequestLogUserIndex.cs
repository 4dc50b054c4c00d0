using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RequestLogUserIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_LlmEvents_OrganizationId_EndUserId_TimestampMs_Id",
                table: "LlmEvents",
                columns: new[] { "OrganizationId", "EndUserId", "TimestampMs", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LlmEvents_OrganizationId_EndUserId_TimestampMs_Id",
                table: "LlmEvents");
        }
    }
}
