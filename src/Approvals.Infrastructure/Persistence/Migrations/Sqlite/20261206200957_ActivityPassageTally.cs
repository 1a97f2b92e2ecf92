using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActivityPassageTally : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DefinitionId",
                table: "Bookmarks",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DefinitionVersion",
                table: "Bookmarks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "District",
                table: "Bookmarks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActivityPassages",
                columns: table => new
                {
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityPassages", x => new { x.InstanceId, x.ActivityId });
                });

            migrationBuilder.CreateTable(
                name: "ActivityPassageTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Passed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityPassageTallies", x => x.Id);
                });

            // Before the indexes: filled in bulk, then indexed once.
            migrationBuilder.Sql(ActivityPassageBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Bookmarks_DefinitionId_DefinitionVersion_District_ActivityId_InstanceId",
                table: "Bookmarks",
                columns: new[] { "DefinitionId", "DefinitionVersion", "District", "ActivityId", "InstanceId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityPassageTallies_DefinitionId_DefinitionVersion_District_ActivityId",
                table: "ActivityPassageTallies",
                columns: new[] { "DefinitionId", "DefinitionVersion", "District", "ActivityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityPassages");

            migrationBuilder.DropTable(
                name: "ActivityPassageTallies");

            migrationBuilder.DropIndex(
                name: "IX_Bookmarks_DefinitionId_DefinitionVersion_District_ActivityId_InstanceId",
                table: "Bookmarks");

            migrationBuilder.DropColumn(
                name: "DefinitionId",
                table: "Bookmarks");

            migrationBuilder.DropColumn(
                name: "DefinitionVersion",
                table: "Bookmarks");

            migrationBuilder.DropColumn(
                name: "District",
                table: "Bookmarks");
        }
    }
}
