using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InstanceDistrict : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "District",
                table: "WorkflowInstances",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_District_CreatedAt",
                table: "WorkflowInstances",
                columns: new[] { "District", "CreatedAt" });

            // Instances started before this migration: a case's procedure belongs to its application's district; any
            // other instance to the district its tasks went to when they all went to one, otherwise to none (committee).
            migrationBuilder.Sql("""
                UPDATE "WorkflowInstances" SET "District" =
                    (SELECT a."DistrictCode" FROM "Applications" a WHERE a."InstanceId" = "WorkflowInstances"."Id")
                WHERE "District" IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "WorkflowInstances" SET "District" =
                    (SELECT CASE WHEN COUNT(DISTINCT t."District") = 1 THEN MIN(t."District") END
                     FROM "HumanTasks" t WHERE t."InstanceId" = "WorkflowInstances"."Id")
                WHERE "District" IS NULL
                  AND NOT EXISTS (SELECT 1 FROM "Applications" a WHERE a."InstanceId" = "WorkflowInstances"."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_District_CreatedAt",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "District",
                table: "WorkflowInstances");
        }
    }
}
