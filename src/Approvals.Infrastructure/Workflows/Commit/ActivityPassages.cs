using System.Data.Common;
using Approvals.UseCases.Records;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// Keeps the designer's passage counts in the step's own transaction, so they can never drift from the journal:
/// each activity the step journals as completed (Executed, or Resumed after waiting) is recorded once per instance
/// in <see cref="ActivityPassage"/>, and only a first passage appends a row of 1 to <see cref="ActivityPassageTally"/>.
/// Nothing here updates a shared row: concurrent steps of one version append, and never wait on each other.
/// A step rolled back (a lost revision race, a failed savepoint) takes its passages and tally rows with it.
/// </summary>
internal static class ActivityPassages
{
    public static bool IsPassage(JournalRecord line) => line.Event is JournalEvent.Executed or JournalEvent.Resumed;

    public static async Task WriteAsync(CommitWrites writes, IEnumerable<EntityEntry> written, CancellationToken cancellationToken)
    {
        var passages = written
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .OfType<JournalRecord>()
            .Where(IsPassage)
            .GroupBy(line => line.InstanceId, line => line.ActivityId);
        var command = writes.ParameterSource;
        foreach (var instance in passages)
        {
            var activities = instance.Distinct(StringComparer.Ordinal).ToList();
            if (writes.Batched)
            {
                await writes.WriteAsync(PostgreSqlSql(activities.Count), Parameters(command, instance.Key, activities), cancellationToken);
                continue;
            }
            Prepare(command, PassagesSql(activities.Count), Parameters(command, instance.Key, activities));
            List<string> first = [];
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    first.Add(reader.GetString(0));
            }
            if (first.Count == 0)
                continue;
            Prepare(command, $"INSERT INTO \"ActivityPassageTallies\" {TallyColumns} {TallyRows(Activities(first.Count))}", Parameters(command, instance.Key, first));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private const string TallyColumns = "(\"DefinitionId\", \"DefinitionVersion\", \"District\", \"ActivityId\", \"Passed\")";

    private static string PassagesSql(int count) =>
        $"INSERT INTO \"ActivityPassages\" (\"InstanceId\", \"ActivityId\") VALUES {string.Join(", ", Enumerable.Range(0, count).Select(i => $"(@instance, @a{i})"))} " +
        "ON CONFLICT DO NOTHING RETURNING \"ActivityId\"";

    // One round trip on PostgreSQL: the passages inserted (not those already there) feed the tally rows.
    private static string PostgreSqlSql(int count) =>
        $"WITH passed AS ({PassagesSql(count)}) INSERT INTO \"ActivityPassageTallies\" {TallyColumns} {TallyRows("SELECT \"ActivityId\" FROM passed")}";

    private static string Activities(int count) => string.Join(" UNION ALL ", Enumerable.Range(0, count).Select(i => $"SELECT @a{i} AS \"ActivityId\""));

    private static string TallyRows(string activities) =>
        "SELECT i.\"DefinitionId\", i.\"DefinitionVersion\", COALESCE(i.\"District\", ''), a.\"ActivityId\", 1 " +
        $"FROM \"WorkflowInstances\" i CROSS JOIN ({activities}) a WHERE i.\"Id\" = @instance";

    private static void Prepare(DbCommand command, string sql, List<DbParameter> parameters)
    {
        command.Parameters.Clear();
        command.CommandText = sql;
        command.Parameters.AddRange(parameters.ToArray());
    }

    private static List<DbParameter> Parameters(DbCommand command, string instanceId, IReadOnlyList<string> activities) =>
        [Parameter(command, "@instance", instanceId), .. activities.Select((activity, i) => Parameter(command, $"@a{i}", activity))];

    private static DbParameter Parameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
    }
}
