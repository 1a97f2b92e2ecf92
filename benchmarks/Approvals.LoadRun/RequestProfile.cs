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
    private readonly ConcurrentDictionary<string, RouteTotals> _routes = new();
    private readonly RouteTotals _unattributedCommands = new();

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
            _routes.GetOrAdd(activity.DisplayName, _ => new RouteTotals()).Add(activity.Duration, inside ?? Inside.Nothing);
            return;
        }
        var request = Request(activity);
        if (request is null)
        {
            if (source == EntityFramework)
                _unattributedCommands.Add(activity.Duration, Inside.Nothing);
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
        foreach (var (route, totals) in _routes.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var (count, mean, db, commands, step) = totals.Means();
            output.WriteLine(string.Create(c, $"{route,-42} {count,7} {mean,8:F1} {totals.Durations.Percentile(0.95),8:F1} {db,8:F1} {commands,8:F1} {step,8:F1} {mean - db,9:F1}"));
        }
        var (unattributed, unattributedMean, _, _, _) = _unattributedCommands.Means();
        output.WriteLine(string.Create(c, $"EF commands outside any request (SQLite writer, jobs): {unattributed}, {unattributed * unattributedMean:F0} ms in all"));
    }

    private sealed class Inside
    {
        /// <summary>No command and no step ran under the request; only read.</summary>
        public static readonly Inside Nothing = new();

        public int Commands;
        public double CommandMilliseconds;
        public double StepMilliseconds;
    }

    /// <summary>A route's durations, and the sums the other means are made of: fixed in size however many requests it serves.</summary>
    private sealed class RouteTotals
    {
        private readonly Lock _gate = new();
        private long _count;
        private double _commandMilliseconds;
        private long _commands;
        private double _stepMilliseconds;

        public DurationHistogram Durations { get; } = new();

        public void Add(TimeSpan duration, Inside inside)
        {
            Durations.Record(duration);
            lock (_gate)
            {
                _count++;
                _commandMilliseconds += inside.CommandMilliseconds;
                _commands += inside.Commands;
                _stepMilliseconds += inside.StepMilliseconds;
            }
        }

        public (long Count, double Mean, double CommandMilliseconds, double Commands, double StepMilliseconds) Means()
        {
            lock (_gate)
            {
                var n = Math.Max(_count, 1);
                return (_count, Durations.MeanMilliseconds, _commandMilliseconds / n, (double)_commands / n, _stepMilliseconds / n);
            }
        }
    }
}
