using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_VerificationRequests_IssuingDistrictCode_CreatedAt",
                table: "VerificationRequests",
                columns: new[] { "IssuingDistrictCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_DistrictCode_Status",
                table: "Registrations",
                columns: new[] { "DistrictCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Recognitions_IssuedAt",
                table: "Recognitions",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_HumanTasks_Status_DueAt",
                table: "HumanTasks",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationTimeline_Status_At",
                table: "ApplicationTimeline",
                columns: new[] { "Status", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DistrictCode_SubmittedAt",
                table: "Applications",
                columns: new[] { "DistrictCode", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_DistrictCode_AcceptedAt",
                table: "Applications",
                columns: new[] { "Status", "DistrictCode", "AcceptedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_VerificationRequests_IssuingDistrictCode_CreatedAt",
                table: "VerificationRequests");

            migrationBuilder.DropIndex(
                name: "IX_Registrations_DistrictCode_Status",
                table: "Registrations");

            migrationBuilder.DropIndex(
                name: "IX_Recognitions_IssuedAt",
                table: "Recognitions");

            migrationBuilder.DropIndex(
                name: "IX_HumanTasks_Status_DueAt",
                table: "HumanTasks");

            migrationBuilder.DropIndex(
                name: "IX_ApplicationTimeline_Status_At",
                table: "ApplicationTimeline");

            migrationBuilder.DropIndex(
                name: "IX_Applications_DistrictCode_SubmittedAt",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_DistrictCode_AcceptedAt",
                table: "Applications");
        }
    }
}
