using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatisticsCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Registrations_DistrictCode_Status",
                table: "Registrations");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_DistrictCode_AcceptedAt",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_DistrictCode_Status_ValidTo",
                table: "Registrations",
                columns: new[] { "DistrictCode", "Status", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_DistrictCode_SubmittedAt",
                table: "Applications",
                columns: new[] { "Status", "DistrictCode", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Registrations_DistrictCode_Status_ValidTo",
                table: "Registrations");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_DistrictCode_SubmittedAt",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_DistrictCode_Status",
                table: "Registrations",
                columns: new[] { "DistrictCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_DistrictCode_AcceptedAt",
                table: "Applications",
                columns: new[] { "Status", "DistrictCode", "AcceptedAt" });
        }
    }
}
