using Approvals.Infrastructure.Workflows.Commit;
using Microsoft.Data.Sqlite;

namespace Approvals.Testing.StepCommits;

/// <summary>
/// In each step's commit, counts the rows of a table that other connections can see (committed ones) in a SQLite
/// database: steps committed one after another each see the rows of the one before; steps in one transaction see none
/// of each other's.
/// </summary>
public sealed class CommittedRows(string connectionString, string table) : IStepCommitObserver
{
    private readonly List<long> _seen = [];

    public IReadOnlyList<long> Seen
    {
        get
        {
            lock (_seen)
                return [.. _seen];
        }
    }

    public void BeforeCommit(IReadOnlyList<CommittedInstance> instances)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        var rows = (long)count.ExecuteScalar()!;
        lock (_seen)
            _seen.Add(rows);
    }

    public void AfterCommit(IReadOnlyList<CommittedInstance> instances)
    {
    }
}
