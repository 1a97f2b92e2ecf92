using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

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
    /// PostgreSQL: takes a lock on <paramref name="key"/> held until the commit's transaction ends
    /// (<c>pg_advisory_xact_lock</c>; <paramref name="use"/> keeps apart the keys of different uses).
    /// </summary>
    public static async Task LockUntilCommitAsync(DbCommand command, int use, string key, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.CommandText = "SELECT pg_advisory_xact_lock(@use, @key)";
        Add(command, "@use", use);
        Add(command, "@key", BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
