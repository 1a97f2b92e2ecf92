using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Approvals.LoadRun;

/// <summary>
/// Where a request's time goes, read from the host's own traces (the host runs in this process): per route, the
/// server-side duration, the time and number of EF commands run under the request, and the engine step it ran.
/// What is neither is waiting — for a connection, for the SQLite writer, for a lock — or CPU outside the database.
/// Commands with no request above them (the SQLite writer's group commits, background jobs) are summed apart.
/// </summary>
public sealed class RequestProfile : IDisposable
{
    private const string AspNetCore = "Microsoft.AspNetCore";
    private const string EntityFramework = "OpenTelemetry.Instrumentation.EntityFrameworkCore";
    private const string Engine = "Approvals";

    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<string, Inside> _inside = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<RequestSample>> _requests = new();
    private readonly ConcurrentBag<double> _unattributedCommands = [];

    public RequestProfile()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is AspNetCore or EntityFramework or Engine,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    private void Stopped(Activity activity)
    {
        var source = activity.Source.Name;
        if (source == AspNetCore)
        {
            // The instrumentation names a request by its method and route template, e.g. "POST api/tasks/{id}/claim".
            _inside.TryRemove(activity.Id!, out var inside);
            _requests.GetOrAdd(activity.DisplayName, _ => []).Add(new RequestSample(activity.Duration.TotalMilliseconds, inside?.CommandMilliseconds ?? 0, inside?.Commands ?? 0, inside?.StepMilliseconds ?? 0));
            return;
        }
        var request = Request(activity);
        if (request is null)
        {
            if (source == EntityFramework)
                _unattributedCommands.Add(activity.Duration.TotalMilliseconds);
            return;
        }
        var totals = _inside.GetOrAdd(request.Id!, _ => new Inside());
        lock (totals)
        {
            if (source == EntityFramework)
            {
                totals.Commands++;
                totals.CommandMilliseconds += activity.Duration.TotalMilliseconds;
            }
            else if (activity.Parent?.Source.Name != Engine)
                totals.StepMilliseconds += activity.Duration.TotalMilliseconds;
        }
    }

    private static Activity? Request(Activity activity)
    {
        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
            if (parent.Source.Name == AspNetCore)
                return parent;
        return null;
    }

    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("Where the time goes (server side, from the host's traces; means except p95):");
        output.WriteLine(string.Create(c, $"{"route",-42} {"count",7} {"mean ms",8} {"p95 ms",8} {"db ms",8} {"db cmds",8} {"step ms",8} {"other ms",9}"));
        foreach (var (route, bag) in _requests.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var samples = bag.ToArray();
            var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
            var mean = sorted.Average();
            var db = samples.Average(s => s.CommandMilliseconds);
            output.WriteLine(string.Create(c, $"{route,-42} {samples.Length,7} {mean,8:F1} {EndpointFigures.Percentile(sorted, 0.95),8:F1} {db,8:F1} {samples.Average(s => s.Commands),8:F1} {samples.Average(s => s.StepMilliseconds),8:F1} {mean - db,9:F1}"));
        }
        var unattributed = _unattributedCommands.ToArray();
        output.WriteLine(string.Create(c, $"EF commands outside any request (SQLite writer, jobs): {unattributed.Length}, {unattributed.Sum():F0} ms in all"));
    }

    private sealed class Inside
    {
        public int Commands;
        public double CommandMilliseconds;
        public double StepMilliseconds;
    }

    private sealed record RequestSample(double Milliseconds, double CommandMilliseconds, int Commands, double StepMilliseconds);
}
