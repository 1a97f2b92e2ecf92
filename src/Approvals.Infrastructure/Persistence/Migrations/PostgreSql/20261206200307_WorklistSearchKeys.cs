using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class WorklistSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "PersonName",
                table: "Applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "IdNumber",
                table: "Applications",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(18)",
                oldMaxLength: 18,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CaseNumber",
                table: "Applications",
                type: "character varying(21)",
                maxLength: 21,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(21)",
                oldMaxLength: 21,
                oldNullable: true);

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

            migrationBuilder.AlterColumn<string>(
                name: "PersonName",
                table: "Applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "IdNumber",
                table: "Applications",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(18)",
                oldMaxLength: 18,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "CaseNumber",
                table: "Applications",
                type: "character varying(21)",
                maxLength: 21,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(21)",
                oldMaxLength: 21,
                oldNullable: true,
                oldCollation: "C");
        }
    }
}
