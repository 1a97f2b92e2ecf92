using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InstanceTaskLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HumanTasks_InstanceId",
                table: "HumanTasks");

            migrationBuilder.CreateIndex(
                name: "IX_HumanTasks_InstanceId_Status_ActivityId_CompletedAt",
                table: "HumanTasks",
                columns: new[] { "InstanceId", "Status", "ActivityId", "CompletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HumanTasks_InstanceId_Status_ActivityId_CompletedAt",
                table: "HumanTasks");

            migrationBuilder.CreateIndex(
                name: "IX_HumanTasks_InstanceId",
                table: "HumanTasks",
                column: "InstanceId");
        }
    }
}
