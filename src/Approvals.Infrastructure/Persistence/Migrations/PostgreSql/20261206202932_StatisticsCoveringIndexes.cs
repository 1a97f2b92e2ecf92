using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
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

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_DistrictCode_Status_ValidTo",
                table: "Registrations",
                columns: new[] { "DistrictCode", "Status", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_HumanTasks_Status_DueAt",
                table: "HumanTasks",
                columns: new[] { "Status", "DueAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "District" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationTimeline_Status_At",
                table: "ApplicationTimeline",
                columns: new[] { "Status", "At" })
                .Annotation("Npgsql:IndexInclude", new[] { "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DistrictCode_SubmittedAt",
                table: "Applications",
                columns: new[] { "DistrictCode", "SubmittedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Type", "Level", "Status", "AcceptedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Id_Decisions",
                table: "Applications",
                column: "Id",
                unique: true)
                .Annotation("Npgsql:IndexInclude", new[] { "DistrictCode", "AcceptedAt", "InstanceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_DistrictCode_SubmittedAt",
                table: "Applications",
                columns: new[] { "Status", "DistrictCode", "SubmittedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "InstanceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Registrations_DistrictCode_Status_ValidTo",
                table: "Registrations");

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
                name: "IX_Applications_Id_Decisions",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_DistrictCode_SubmittedAt",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_DistrictCode_Status",
                table: "Registrations",
                columns: new[] { "DistrictCode", "Status" });

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
    }
}
