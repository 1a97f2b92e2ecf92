using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseDecisionFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DecidedAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DecisionDueAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.Sql(CaseDecisionFactsBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DistrictCode_DecidedAt",
                table: "Applications",
                columns: new[] { "DistrictCode", "DecidedAt" });
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
        }
    }
}
