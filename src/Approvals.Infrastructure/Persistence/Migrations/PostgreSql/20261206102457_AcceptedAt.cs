using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AcceptedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AcceptedAt",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: true);

            // Cases accepted before the column existed: their acceptance is on the timeline.
            migrationBuilder.Sql("""
                UPDATE "Applications" SET "AcceptedAt" = (
                    SELECT MIN(t."At") FROM "ApplicationTimeline" t
                    WHERE t."ApplicationId" = "Applications"."Id" AND t."Status" = 'Accepted' AND t."Notice" IS NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AcceptedAt",
                table: "Applications");
        }
    }
}
