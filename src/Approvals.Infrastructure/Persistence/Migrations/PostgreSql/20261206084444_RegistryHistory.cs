using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Approvals.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// One history per registration: creates RegistrationHistoryEntries, moves into it the changes of registration
    /// (RegistrationChanges) and the cancellations and revocations (RegistrationHistory), and drops both.
    /// </summary>
    public partial class RegistryHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegistrationHistoryEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegistrationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    From = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    To = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ImportId = table.Column<long>(type: "bigint", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationHistoryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationHistoryEntries_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RegistrationHistoryEntries_RegistryImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "RegistryImports",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationHistoryEntries_ImportId",
                table: "RegistrationHistoryEntries",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationHistoryEntries_RegistrationId",
                table: "RegistrationHistoryEntries",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationHistoryEntries_RegistrationNumber",
                table: "RegistrationHistoryEntries",
                column: "RegistrationNumber");

            // Oldest first, so the new ids keep the order in which the entries were recorded.
            migrationBuilder.Sql("""
                INSERT INTO "RegistrationHistoryEntries" ("RegistrationId", "RegistrationNumber", "Kind", "From", "To", "Reason", "EffectiveOn", "RecordedAt", "ApplicationId")
                SELECT "RegistrationId", "RegistrationNumber", "Kind", "From", "To", "Reason", "EffectiveOn", "RecordedAt", "ApplicationId" FROM (
                    SELECT c."RegistrationId", c."RegistrationNumber",
                           CASE c."Kind" WHEN 'Employer' THEN 'EmployerChanged' WHEN 'District' THEN 'DistrictChanged' ELSE 'ProjectsChanged' END AS "Kind",
                           c."From", c."To", NULL AS "Reason", c."ChangedOn" AS "EffectiveOn", c."ChangedAt" AS "RecordedAt", c."ApplicationId"
                    FROM "RegistrationChanges" c
                    UNION ALL
                    SELECT h."RegistrationId", r."Number", h."Status", NULL, NULL, h."Reason",
                           (h."At" AT TIME ZONE 'Asia/Shanghai')::date, h."At", h."ApplicationId"
                    FROM "RegistrationHistory" h JOIN "Registrations" r ON r."Id" = h."RegistrationId"
                ) moved
                ORDER BY "RecordedAt";
                """);

            migrationBuilder.DropTable(
                name: "RegistrationChanges");

            migrationBuilder.DropTable(
                name: "RegistrationHistory");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegistrationChanges",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegistrationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    From = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    To = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationChanges_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationChanges_RegistrationId_ChangedAt",
                table: "RegistrationChanges",
                columns: new[] { "RegistrationId", "ChangedAt" });

            migrationBuilder.CreateTable(
                name: "RegistrationHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegistrationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ApplicationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationHistory_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationHistory_RegistrationId_At",
                table: "RegistrationHistory",
                columns: new[] { "RegistrationId", "At" });

            // The older tables hold changes, cancellations and revocations only: issues, renewals and imports are not kept.
            migrationBuilder.Sql("""
                INSERT INTO "RegistrationChanges" ("Id", "RegistrationId", "RegistrationNumber", "Kind", "From", "To", "ChangedOn", "ChangedAt", "ApplicationId")
                SELECT 'history-' || CAST("Id" AS text), "RegistrationId", "RegistrationNumber",
                       CASE "Kind" WHEN 'EmployerChanged' THEN 'Employer' WHEN 'DistrictChanged' THEN 'District' ELSE 'Projects' END,
                       "From", "To", "EffectiveOn", "RecordedAt", "ApplicationId"
                FROM "RegistrationHistoryEntries"
                WHERE "Kind" IN ('EmployerChanged', 'DistrictChanged', 'ProjectsChanged') AND "ApplicationId" IS NOT NULL;
                INSERT INTO "RegistrationHistory" ("RegistrationId", "Status", "At", "Reason", "ApplicationId")
                SELECT "RegistrationId", "Kind", "RecordedAt", SUBSTR(COALESCE("Reason", ''), 1, 1000), "ApplicationId"
                FROM "RegistrationHistoryEntries"
                WHERE "Kind" IN ('Cancelled', 'Revoked')
                ORDER BY "Id";
                """);

            migrationBuilder.DropTable(
                name: "RegistrationHistoryEntries");
        }
    }
}
