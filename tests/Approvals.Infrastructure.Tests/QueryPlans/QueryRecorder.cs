using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>Every query a context sends, with its parameters, to be explained afterwards with the same values.</summary>
internal sealed class QueryRecorder : DbCommandInterceptor
{
    private readonly List<(string, IReadOnlyList<(string, object?)>)> _queries = [];

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
