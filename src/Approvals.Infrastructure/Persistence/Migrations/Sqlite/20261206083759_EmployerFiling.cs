using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmployerFiling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EnterpriseCreditCode",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnterpriseName",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FiledBy",
                table: "Applications",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StaffConfirmedAt",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_FiledBy",
                table: "Applications",
                column: "FiledBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_FiledBy",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EnterpriseCreditCode",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "EnterpriseName",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "FiledBy",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StaffConfirmedAt",
                table: "Applications");
        }
    }
}
