using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DocumentsAtStep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TimelineEntryId",
                table: "IssuedDocuments",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DocumentNumberCounters",
                columns: table => new
                {
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentNumberCounters", x => new { x.DistrictCode, x.Year, x.Kind });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_TimelineEntryId",
                table: "IssuedDocuments",
                column: "TimelineEntryId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_IssuedDocuments_ApplicationTimeline_TimelineEntryId",
                table: "IssuedDocuments",
                column: "TimelineEntryId",
                principalTable: "ApplicationTimeline",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            // Sequences continue from the numbers documents were given before counters kept them.
            migrationBuilder.Sql("""
                INSERT INTO "DocumentNumberCounters" ("DistrictCode", "Year", "Kind", "Last")
                SELECT "DistrictCode", "Year", "Kind", MAX("Sequence") FROM "IssuedDocuments" WHERE "Sequence" IS NOT NULL
                GROUP BY "DistrictCode", "Year", "Kind"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IssuedDocuments_ApplicationTimeline_TimelineEntryId",
                table: "IssuedDocuments");

            migrationBuilder.DropTable(
                name: "DocumentNumberCounters");

            migrationBuilder.DropIndex(
                name: "IX_IssuedDocuments_TimelineEntryId",
                table: "IssuedDocuments");

            migrationBuilder.DropColumn(
                name: "TimelineEntryId",
                table: "IssuedDocuments");
        }
    }
}
