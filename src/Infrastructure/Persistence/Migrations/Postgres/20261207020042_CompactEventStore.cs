using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AIntops.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompactEventStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Dimensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<byte>(type: "smallint", nullable: false),
                    Value = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dimensions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dimensions_OrganizationId_Kind_Value",
                table: "Dimensions",
                columns: new[] { "OrganizationId", "Kind", "Value" },
                unique: true);
        

            migrationBuilder.AddColumn<int>(
                name: "OrganizationRef",
                table: "UsageUserDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EndUserRef",
                table: "UsageUserDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OrganizationRef",
                table: "UsageUserBreakdownHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EndUserRef",
                table: "UsageUserBreakdownHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProviderRef",
                table: "UsageUserBreakdownHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ModelRef",
                table: "UsageUserBreakdownHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TeamRef",
                table: "UsageUserBreakdownHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OrganizationRef",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProviderRef",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ModelRef",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TeamRef",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EndpointTagRef",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PromptVersionRef",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ApiKeyRef",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WorkflowRef",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OrganizationRef",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProviderRef",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ModelRef",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TeamRef",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EndpointTagRef",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PromptVersionRef",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ApiKeyRef",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "WorkflowRef",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ApiKeyRef",
                table: "LlmEvents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EndUserRef",
                table: "LlmEvents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EndpointTagRef",
                table: "LlmEvents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ModelRef",
                table: "LlmEvents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OrganizationRef",
                table: "LlmEvents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PromptVersionRef",
                table: "LlmEvents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProviderRef",
                table: "LlmEvents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SentByRef",
                table: "LlmEvents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TeamRef",
                table: "LlmEvents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkflowRef",
                table: "LlmEvents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganizationRef",
                table: "LatencyHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProviderRef",
                table: "LatencyHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ModelRef",
                table: "LatencyHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TeamRef",
                table: "LatencyHourly",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "OrganizationRef",
                table: "LatencyDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProviderRef",
                table: "LatencyDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ModelRef",
                table: "LatencyDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

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

            migrationBuilder.DropIndex(
                name: "IX_LlmEvents_OrganizationId_DataMode_TimestampMs_Id",
                table: "LlmEvents");

            migrationBuilder.DropIndex(
                name: "IX_LlmEvents_OrganizationId_EndUserId_TimestampMs_Id",
                table: "LlmEvents");

            migrationBuilder.DropIndex(
                name: "IX_LlmEvents_OrganizationId_ExternalRequestId",
                table: "LlmEvents");

            migrationBuilder.DropIndex(
                name: "IX_LlmEvents_OrganizationId_TimestampMs",
                table: "LlmEvents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LatencyHourly",
                table: "LatencyHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LatencyDaily",
                table: "LatencyDaily");

            migrationBuilder.AddColumn<int>(
                name: "TeamRef",
                table: "LatencyDaily",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            foreach (var sql in CompactEventStoreBackfill.Up(postgres: true)) migrationBuilder.Sql(sql);

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "UsageUserDaily");

            migrationBuilder.DropColumn(
                name: "EndUserId",
                table: "UsageUserDaily");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "EndUserId",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "Provider",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "Model",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "Provider",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "Model",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "EndpointTag",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "PromptVersion",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "ApiKeyId",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "Workflow",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "Provider",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "Model",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "EndpointTag",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "PromptVersion",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "ApiKeyId",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "Workflow",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "ApiKeyId",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "EndUserId",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "EndpointTag",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "Model",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "PromptVersion",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "Provider",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "SentByUserId",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "Workflow",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "LatencyHourly");

            migrationBuilder.DropColumn(
                name: "Provider",
                table: "LatencyHourly");

            migrationBuilder.DropColumn(
                name: "Model",
                table: "LatencyHourly");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "LatencyHourly");

            migrationBuilder.DropColumn(
                name: "OrganizationId",
                table: "LatencyDaily");

            migrationBuilder.DropColumn(
                name: "Provider",
                table: "LatencyDaily");

            migrationBuilder.DropColumn(
                name: "Model",
                table: "LatencyDaily");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "LatencyDaily");

            migrationBuilder.AlterColumn<int>(
                name: "DataMode",
                table: "UsageUserDaily",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Environment",
                table: "UsageUserDaily",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "DataMode",
                table: "UsageUserBreakdownHourly",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Environment",
                table: "UsageUserBreakdownHourly",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "CacheOutcome",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Status",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "DataMode",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Environment",
                table: "UsageHourly",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "CacheOutcome",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Status",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "DataMode",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Environment",
                table: "UsageDaily",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Status",
                table: "LlmEvents",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Environment",
                table: "LlmEvents",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "DataMode",
                table: "LlmEvents",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "DataMode",
                table: "LatencyHourly",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Environment",
                table: "LatencyHourly",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "DataMode",
                table: "LatencyDaily",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Environment",
                table: "LatencyDaily",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageUserDaily",
                table: "UsageUserDaily",
                columns: new[] { "OrganizationRef", "DayStartMs", "EndUserRef", "Environment", "DataMode" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageUserBreakdownHourly",
                table: "UsageUserBreakdownHourly",
                columns: new[] { "OrganizationRef", "HourStartMs", "EndUserRef", "ProviderRef", "ModelRef", "TeamRef", "Environment", "DataMode" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageHourly",
                table: "UsageHourly",
                columns: new[] { "OrganizationRef", "HourStartMs", "ProviderRef", "ModelRef", "TeamRef", "Environment", "DataMode", "EndpointTagRef", "PromptVersionRef", "Status", "ApiKeyRef", "CacheOutcome", "WorkflowRef" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageDaily",
                table: "UsageDaily",
                columns: new[] { "OrganizationRef", "DayStartMs", "ProviderRef", "ModelRef", "TeamRef", "Environment", "DataMode", "EndpointTagRef", "PromptVersionRef", "Status", "ApiKeyRef", "CacheOutcome", "WorkflowRef" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_LatencyHourly",
                table: "LatencyHourly",
                columns: new[] { "OrganizationRef", "HourStartMs", "ProviderRef", "ModelRef", "TeamRef", "Environment", "DataMode" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_LatencyDaily",
                table: "LatencyDaily",
                columns: new[] { "OrganizationRef", "DayStartMs", "ProviderRef", "ModelRef", "TeamRef", "Environment", "DataMode" });

            migrationBuilder.CreateIndex(
                name: "IX_LlmEvents_OrganizationRef_DataMode_TimestampMs_Id",
                table: "LlmEvents",
                columns: new[] { "OrganizationRef", "DataMode", "TimestampMs", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LlmEvents_OrganizationRef_EndUserRef_TimestampMs_Id",
                table: "LlmEvents",
                columns: new[] { "OrganizationRef", "EndUserRef", "TimestampMs", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LlmEvents_OrganizationRef_ExternalRequestId",
                table: "LlmEvents",
                columns: new[] { "OrganizationRef", "ExternalRequestId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "UsageUserDaily",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "EndUserId",
                table: "UsageUserDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "UsageUserBreakdownHourly",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "EndUserId",
                table: "UsageUserBreakdownHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Provider",
                table: "UsageUserBreakdownHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Model",
                table: "UsageUserBreakdownHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "UsageUserBreakdownHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "UsageHourly",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Provider",
                table: "UsageHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Model",
                table: "UsageHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "UsageHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EndpointTag",
                table: "UsageHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PromptVersion",
                table: "UsageHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "ApiKeyId",
                table: "UsageHourly",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Workflow",
                table: "UsageHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "UsageDaily",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Provider",
                table: "UsageDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Model",
                table: "UsageDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "UsageDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EndpointTag",
                table: "UsageDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PromptVersion",
                table: "UsageDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "ApiKeyId",
                table: "UsageDaily",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Workflow",
                table: "UsageDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "ApiKeyId",
                table: "LlmEvents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndUserId",
                table: "LlmEvents",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndpointTag",
                table: "LlmEvents",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Model",
                table: "LlmEvents",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "LlmEvents",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "PromptVersion",
                table: "LlmEvents",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Provider",
                table: "LlmEvents",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "SentByUserId",
                table: "LlmEvents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "LlmEvents",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Workflow",
                table: "LlmEvents",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "LatencyHourly",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Provider",
                table: "LatencyHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Model",
                table: "LatencyHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "LatencyHourly",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "OrganizationId",
                table: "LatencyDaily",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Provider",
                table: "LatencyDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Model",
                table: "LatencyDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "LatencyDaily",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AlterColumn<string>(
                name: "DataMode",
                table: "UsageUserDaily",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Environment",
                table: "UsageUserDaily",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "DataMode",
                table: "UsageUserBreakdownHourly",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Environment",
                table: "UsageUserBreakdownHourly",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "CacheOutcome",
                table: "UsageHourly",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "UsageHourly",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "DataMode",
                table: "UsageHourly",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Environment",
                table: "UsageHourly",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "CacheOutcome",
                table: "UsageDaily",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "UsageDaily",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "DataMode",
                table: "UsageDaily",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Environment",
                table: "UsageDaily",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "LlmEvents",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Environment",
                table: "LlmEvents",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "DataMode",
                table: "LlmEvents",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "DataMode",
                table: "LatencyHourly",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Environment",
                table: "LatencyHourly",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "DataMode",
                table: "LatencyDaily",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Environment",
                table: "LatencyDaily",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            foreach (var sql in CompactEventStoreBackfill.Down(postgres: true)) migrationBuilder.Sql(sql);

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

            migrationBuilder.DropIndex(
                name: "IX_LlmEvents_OrganizationRef_DataMode_TimestampMs_Id",
                table: "LlmEvents");

            migrationBuilder.DropIndex(
                name: "IX_LlmEvents_OrganizationRef_EndUserRef_TimestampMs_Id",
                table: "LlmEvents");

            migrationBuilder.DropIndex(
                name: "IX_LlmEvents_OrganizationRef_ExternalRequestId",
                table: "LlmEvents");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LatencyHourly",
                table: "LatencyHourly");

            migrationBuilder.DropPrimaryKey(
                name: "PK_LatencyDaily",
                table: "LatencyDaily");

            migrationBuilder.DropColumn(
                name: "OrganizationRef",
                table: "UsageUserDaily");

            migrationBuilder.DropColumn(
                name: "EndUserRef",
                table: "UsageUserDaily");

            migrationBuilder.DropColumn(
                name: "OrganizationRef",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "EndUserRef",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "ProviderRef",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "ModelRef",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "TeamRef",
                table: "UsageUserBreakdownHourly");

            migrationBuilder.DropColumn(
                name: "OrganizationRef",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "ProviderRef",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "ModelRef",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "TeamRef",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "EndpointTagRef",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "PromptVersionRef",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "ApiKeyRef",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "WorkflowRef",
                table: "UsageHourly");

            migrationBuilder.DropColumn(
                name: "OrganizationRef",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "ProviderRef",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "ModelRef",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "TeamRef",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "EndpointTagRef",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "PromptVersionRef",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "ApiKeyRef",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "WorkflowRef",
                table: "UsageDaily");

            migrationBuilder.DropColumn(
                name: "ApiKeyRef",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "EndUserRef",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "EndpointTagRef",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "ModelRef",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "OrganizationRef",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "PromptVersionRef",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "ProviderRef",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "SentByRef",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "TeamRef",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "WorkflowRef",
                table: "LlmEvents");

            migrationBuilder.DropColumn(
                name: "OrganizationRef",
                table: "LatencyHourly");

            migrationBuilder.DropColumn(
                name: "ProviderRef",
                table: "LatencyHourly");

            migrationBuilder.DropColumn(
                name: "ModelRef",
                table: "LatencyHourly");

            migrationBuilder.DropColumn(
                name: "TeamRef",
                table: "LatencyHourly");

            migrationBuilder.DropColumn(
                name: "OrganizationRef",
                table: "LatencyDaily");

            migrationBuilder.DropColumn(
                name: "ProviderRef",
                table: "LatencyDaily");

            migrationBuilder.DropColumn(
                name: "ModelRef",
                table: "LatencyDaily");

            migrationBuilder.DropColumn(
                name: "TeamRef",
                table: "LatencyDaily");

            migrationBuilder.DropTable(
                name: "Dimensions");

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

            migrationBuilder.CreateIndex(
                name: "IX_LlmEvents_OrganizationId_DataMode_TimestampMs_Id",
                table: "LlmEvents",
                columns: new[] { "OrganizationId", "DataMode", "TimestampMs", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LlmEvents_OrganizationId_EndUserId_TimestampMs_Id",
                table: "LlmEvents",
                columns: new[] { "OrganizationId", "EndUserId", "TimestampMs", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LlmEvents_OrganizationId_ExternalRequestId",
                table: "LlmEvents",
                columns: new[] { "OrganizationId", "ExternalRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LlmEvents_OrganizationId_TimestampMs",
                table: "LlmEvents",
                columns: new[] { "OrganizationId", "TimestampMs" });
        
        }
    }
}
