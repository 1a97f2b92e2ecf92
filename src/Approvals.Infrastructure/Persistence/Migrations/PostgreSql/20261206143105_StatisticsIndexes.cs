using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "ReaderDistrictCode",
                table: "RegistryReadLog",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(6)",
                oldMaxLength: 6,
                oldNullable: true);

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

            migrationBuilder.AlterColumn<string>(
                name: "ReaderDistrictCode",
                table: "RegistryReadLog",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32,
                oldNullable: true);
        }
    }
}
