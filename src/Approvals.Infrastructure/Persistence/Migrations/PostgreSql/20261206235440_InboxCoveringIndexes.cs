using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InboxCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HumanTasks_Status_Role_District",
                table: "HumanTasks");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_Id_StatutoryDueAt",
                table: "WorkflowInstances",
                column: "Id",
                unique: true)
                .Annotation("Npgsql:IndexInclude", new[] { "StatutoryDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HumanTasks_Status_Role_District",
                table: "HumanTasks",
                columns: new[] { "Status", "Role", "District" })
                .Annotation("Npgsql:IndexInclude", new[] { "CreatedAt", "InstanceId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_Id_StatutoryDueAt",
                table: "WorkflowInstances");

            migrationBuilder.DropIndex(
                name: "IX_HumanTasks_Status_Role_District",
                table: "HumanTasks");

            migrationBuilder.CreateIndex(
                name: "IX_HumanTasks_Status_Role_District",
                table: "HumanTasks",
                columns: new[] { "Status", "Role", "District" });
        }
    }
}
