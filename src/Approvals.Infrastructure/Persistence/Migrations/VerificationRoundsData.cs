using Microsoft.EntityFrameworkCore.Migrations;

namespace Approvals.Infrastructure.Persistence.Migrations;

/// <summary>
/// Gives the requests already stored their round (the open verification bookmark asked at the same step) and closes
/// the ones whose round had ended, so none of them can answer a later round. Plain SQL both providers read alike.
/// </summary>
internal static class VerificationRoundsData
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            UPDATE "VerificationRequests" SET "BookmarkId" = COALESCE((
                SELECT b."Id" FROM "Bookmarks" b
                WHERE b."InstanceId" = "VerificationRequests"."InstanceId" AND b."ActivityId" = "VerificationRequests"."ActivityId"
                  AND b."Kind" = 'Verification' AND b."CreatedAt" = "VerificationRequests"."CreatedAt"), '')
            WHERE "Status" = 'Pending';
            """);
        migrationBuilder.Sql("""
            UPDATE "VerificationRequests" SET "Status" = 'Superseded'
            WHERE "Status" = 'Cancelled' OR ("Status" = 'Pending' AND "BookmarkId" = '');
            """);
    }
}
