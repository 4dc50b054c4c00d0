using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GatewayUpstreamsPerOrganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GatewayAnthropicUrl",
                table: "Organizations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GatewayOpenAiUrl",
                table: "Organizations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GatewayAnthropicUrl",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "GatewayOpenAiUrl",
                table: "Organizations");
        }
    }
}
