using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>What values taken at commit (<see cref="ICommitTimeValues"/>) do with the commit's command.</summary>
internal static class CommitCommands
{
    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// Runs the read set on <paramref name="command"/>; on PostgreSQL first takes a lock on <paramref name="key"/> held
    /// until the commit's transaction ends (<c>pg_advisory_xact_lock</c>; <paramref name="use"/> keeps apart the keys of
    /// different uses), in the same round trip: the commit holds its locks from here to its end, so a round trip saved
    /// here is saved for every commit waiting behind it. Each statement takes its own snapshot (read committed), so the
    /// read sees what was committed before the lock was granted.
    /// </summary>
    public static async Task<DbDataReader> ReadLockedAsync(DbCommand command, int use, string key, CancellationToken cancellationToken)
    {
        if (command.Connection is not NpgsqlConnection)
            return await command.ExecuteReaderAsync(cancellationToken);
        var read = command.CommandText;
        command.CommandText = "SELECT pg_advisory_xact_lock(@lock_use, @lock_key);\n" + read;
        Add(command, "@lock_use", use);
        Add(command, "@lock_key", LockKey(key));
        var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.NextResultAsync(cancellationToken))
            throw new InvalidOperationException("The read after the lock returned no result.");
        return reader;
    }

    /// <summary>The second key of <c>pg_advisory_xact_lock</c> that <see cref="ReadLockedAsync"/> takes for <paramref name="key"/>.</summary>
    public static int LockKey(string key) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
}
