using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IncidentMessagesInChinese : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MessageZhCn",
                table: "Journal",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MessageZhCn",
                table: "Incidents",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MessageZhCn",
                table: "Journal");

            migrationBuilder.DropColumn(
                name: "MessageZhCn",
                table: "Incidents");
        }
    }
}
