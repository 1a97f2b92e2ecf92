using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>Keeps the text and parameter values of every query a context sends, so a test can ask the database for its plan.</summary>
internal sealed class QueryRecorder : DbCommandInterceptor
{
    private readonly List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> _queries = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        lock (_queries)
            _queries.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public void Clear()
    {
        lock (_queries)
            _queries.Clear();
    }

    public List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> TakeAll()
    {
        lock (_queries)
        {
            var all = _queries.ToList();
            _queries.Clear();
            return all;
        }
    }
}
