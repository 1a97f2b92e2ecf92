namespace Approvals.Infrastructure.Persistence.Migrations;

/// <summary>
/// Fills the designer's count tables from the rows already there, in SQL both providers run: each open bookmark
/// gets its instance's version and district, each instance's first passage of an activity (any Executed or Resumed
/// journal line) a passage row, and the tally one folded row per version, district and activity.
/// </summary>
internal static class ActivityPassageBackfill
{
    public const string Sql = """
        UPDATE "Bookmarks" SET "DefinitionId" = i."DefinitionId", "DefinitionVersion" = i."DefinitionVersion", "District" = i."District"
        FROM "WorkflowInstances" i WHERE i."Id" = "Bookmarks"."InstanceId";

        INSERT INTO "ActivityPassages" ("InstanceId", "ActivityId")
        SELECT DISTINCT "InstanceId", "ActivityId" FROM "Journal" WHERE "Event" IN ('Executed', 'Resumed');

        INSERT INTO "ActivityPassageTallies" ("DefinitionId", "DefinitionVersion", "District", "ActivityId", "Passed")
        SELECT i."DefinitionId", i."DefinitionVersion", COALESCE(i."District", ''), p."ActivityId", COUNT(*)
        FROM "ActivityPassages" p JOIN "WorkflowInstances" i ON i."Id" = p."InstanceId"
        GROUP BY i."DefinitionId", i."DefinitionVersion", COALESCE(i."District", ''), p."ActivityId";
        """;
}
