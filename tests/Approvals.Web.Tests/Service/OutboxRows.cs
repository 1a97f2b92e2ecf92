using System.Data.Common;
using Approvals.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Approvals.Web.Tests.Service;

/// <summary>The outbox table of a child host's database, read directly: the host may be dead.</summary>
public static class OutboxRows
{
    public static async Task<IReadOnlyList<OutboxRow>> ReadAsync(DatabaseTarget target)
    {
        await using DbConnection connection = target.Provider == "PostgreSql"
            ? new NpgsqlConnection(target.ConnectionString)
            : new SqliteConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "Kind", "Status", "OutcomeUnknown" FROM "Outbox" ORDER BY "Id" """;
        await using var reader = await command.ExecuteReaderAsync();
        List<OutboxRow> rows = [];
        while (await reader.ReadAsync())
            rows.Add(new OutboxRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
        return rows;
    }
}

public sealed record OutboxRow(long Id, string Kind, string Status, bool OutcomeUnknown);
