namespace Approvals.Infrastructure.Persistence.Migrations;

/// <summary>
/// Gives each case already approved or rejected its decision facts, in SQL both providers run: when it was decided (its
/// timeline's decision entry) and the statutory due date its instance's clock still holds (a decided case's clock no
/// longer moves, so it is the one that stood at the decision).
/// </summary>
internal static class CaseDecisionFactsBackfill
{
    public const string Sql = """
        UPDATE "Applications" SET "DecidedAt" = d."At", "DecisionDueAt" = d."DueAt"
        FROM (
            SELECT t."ApplicationId", MAX(t."At") AS "At", MAX(i."StatutoryDueAt") AS "DueAt"
            FROM "ApplicationTimeline" t
            JOIN "Applications" a ON a."Id" = t."ApplicationId"
            LEFT JOIN "WorkflowInstances" i ON i."Id" = a."InstanceId"
            WHERE t."Status" IN ('Approved', 'Rejected') AND a."Status" IN ('Approved', 'Rejected')
            GROUP BY t."ApplicationId") d
        WHERE "Applications"."Id" = d."ApplicationId";
        """;
}
