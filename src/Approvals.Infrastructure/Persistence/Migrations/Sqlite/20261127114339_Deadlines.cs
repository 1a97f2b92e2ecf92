using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Deadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeduplicationKey",
                table: "Outbox",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClockStops",
                columns: table => new
                {
                    BookmarkId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoppedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResumedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockStops", x => x.BookmarkId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_DeduplicationKey",
                table: "Outbox",
                column: "DeduplicationKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClockStops_InstanceId",
                table: "ClockStops",
                column: "InstanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClockStops");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_DeduplicationKey",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "DeduplicationKey",
                table: "Outbox");
        }
    }
}
