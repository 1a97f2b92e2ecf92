using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseDecisionFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_Id_Decisions",
                table: "Applications");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecidedAt",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecisionDueAt",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.Sql(CaseDecisionFactsBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DistrictCode_DecidedAt",
                table: "Applications",
                columns: new[] { "DistrictCode", "DecidedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "AcceptedAt", "DecisionDueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_DistrictCode_DecidedAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "DecisionDueAt",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Id_Decisions",
                table: "Applications",
                column: "Id",
                unique: true)
                .Annotation("Npgsql:IndexInclude", new[] { "DistrictCode", "AcceptedAt", "InstanceId" });
        }
    }
}
