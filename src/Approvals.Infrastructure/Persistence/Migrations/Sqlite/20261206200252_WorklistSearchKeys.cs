using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorklistSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_HumanTasks_Status_District_CreatedAt_Id",
                table: "HumanTasks",
                columns: new[] { "Status", "District", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PersonName",
                table: "Applications",
                column: "PersonName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HumanTasks_Status_District_CreatedAt_Id",
                table: "HumanTasks");

            migrationBuilder.DropIndex(
                name: "IX_Applications_PersonName",
                table: "Applications");
        }
    }
}
