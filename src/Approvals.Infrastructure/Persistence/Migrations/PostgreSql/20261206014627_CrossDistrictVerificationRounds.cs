using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CrossDistrictVerificationRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VerificationRequests_InstanceId_ActivityId_Status",
                table: "VerificationRequests");

            migrationBuilder.AddColumn<string>(
                name: "BookmarkId",
                table: "VerificationRequests",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationRequests_BookmarkId_Status",
                table: "VerificationRequests",
                columns: new[] { "BookmarkId", "Status" });

            VerificationRoundsData.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VerificationRequests_BookmarkId_Status",
                table: "VerificationRequests");

            migrationBuilder.DropColumn(
                name: "BookmarkId",
                table: "VerificationRequests");

            migrationBuilder.CreateIndex(
                name: "IX_VerificationRequests_InstanceId_ActivityId_Status",
                table: "VerificationRequests",
                columns: new[] { "InstanceId", "ActivityId", "Status" });
        }
    }
}
