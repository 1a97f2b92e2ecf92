using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DefinitionVersion",
                table: "Bookmarks",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "District",
                table: "Bookmarks",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActivityPassages",
                columns: table => new
                {
                    InstanceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityPassages", x => new { x.InstanceId, x.ActivityId });
                });

            migrationBuilder.CreateTable(
                name: "ActivityPassageTallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DefinitionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Passed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityPassageTallies", x => x.Id);
                });

            // Before the indexes: filled in bulk, then indexed once.
            migrationBuilder.Sql(ActivityPassageBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Bookmarks_DefinitionId_DefinitionVersion_District_ActivityI~",
                table: "Bookmarks",
                columns: new[] { "DefinitionId", "DefinitionVersion", "District", "ActivityId", "InstanceId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityPassageTallies_DefinitionId_DefinitionVersion_Distr~",
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
                name: "IX_Bookmarks_DefinitionId_DefinitionVersion_District_ActivityI~",
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
