using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence;
using Approvals.LoadRun;
using Approvals.UseCases.Registry;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Approvals.DataSet;

/// <summary>
/// Times what users meet on the built database, through the API (or, for the public check, whose HTTP route is
/// rate limited, the use case the route calls): p50/p95/max over repeated calls after one warm-up call. Then starting
/// and completing a case there and on an empty database of the same provider, and the host's start-up.
/// </summary>
public static class DataSetMeasurement
{
    public static async Task RunAsync(DataSetOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await using var host = LoadHost.Start(LoadDatabase.Kept(options.PostgreSql, options.SqliteFile));
        var startUp = started.Elapsed;
        output.WriteLine($"Database: {host.DatabaseName}");
        output.WriteLine($"Start-up (migrations checked, host listening): {startUp.TotalMilliseconds:F0} ms");
        var sample = await SampleAsync(host, cancellationToken);
        output.WriteLine($"Data: {sample.Instances:N0} instances, {sample.OpenTasks:N0} open tasks, {sample.Journal:N0} journal lines");
        using var reviewer = TemplateCapture.Client(host, TemplateCapture.Reviewer);
        using var regulator = TemplateCapture.Client(host, TemplateCapture.Regulator);
        await reviewer.EnsureSignedInAsync(cancellationToken);
        await regulator.EnsureSignedInAsync(cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var year = $"from={today.AddYears(-1).AddDays(1):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var twoYears = $"from={today.AddYears(-2).AddDays(1):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        async Task<Timing> Printed(string name, Func<Task> call)
        {
            var timing = await TimeAsync(name, options.Repeat, call);
            await output.WriteLineAsync(timing.Line());
            await output.FlushAsync(cancellationToken);
            return timing;
        }

        Timing[] timings =
        [
            await Printed("inbox: open tasks, first page", () => GetAsync(reviewer, "/api/tasks?status=Open&pageSize=20", cancellationToken)),
            await Printed("inbox: open tasks, page 100", () => GetAsync(reviewer, "/api/tasks?status=Open&pageSize=20&page=100", cancellationToken)),
            await Printed("inbox: due first", () => GetAsync(reviewer, "/api/tasks?status=Open&pageSize=20&sort=due", cancellationToken)),
            await Printed("instance list", () => GetAsync(regulator, "/api/workflow-instances?take=50", cancellationToken)),
            await Printed("instance list: finished", () => GetAsync(regulator, "/api/workflow-instances?status=Finished&take=50", cancellationToken)),
            await Printed("case search: name", () => GetAsync(reviewer, "/api/tasks?status=Open&search=" + Uri.EscapeDataString(sample.PersonName), cancellationToken)),
            await Printed("case search: ID number", () => GetAsync(reviewer, "/api/tasks?status=Open&search=" + sample.IdNumber, cancellationToken)),
            await Printed("case search: case number", () => GetAsync(reviewer, "/api/tasks?status=Open&search=" + sample.CaseNumber, cancellationToken)),
            await Printed("case search: instance ID", () => GetAsync(reviewer, "/api/tasks?instanceId=" + sample.InstanceId, cancellationToken)),
            await Printed("registry: search by number", () => GetAsync(reviewer, "/api/registry/records?number=" + sample.RegistrationNumber, cancellationToken)),
            await Printed("registry: public check (use case)", () => CheckAsync(host, sample, cancellationToken)),
            await Printed("statistics: last 12 months", () => GetAsync(regulator, "/api/statistics?" + year, cancellationToken)),
            await Printed("statistics: last 24 months", () => GetAsync(regulator, "/api/statistics?" + twoYears, cancellationToken)),
            await Printed("statistics: cases behind a figure, page 2", () => GetAsync(regulator, $"/api/statistics/cases?{year}&figure=Received&district={LoadHost.Qingpu}&page=2", cancellationToken)),
            await Printed("designer: instance counts", () => GetAsync(regulator, $"/api/workflow-definitions/{sample.DefinitionId}/versions/1/activity-counts", cancellationToken)),
        ];
        var slowest = timings.MaxBy(t => t.P95)!;
        output.WriteLine($"Slowest read: {slowest.Name} (p95 {slowest.P95:F1} ms)");
        var onData = await CaseCycle.TimeAsync(host, Math.Max(3, options.Repeat / 3), cancellationToken);
        foreach (var timing in onData)
            output.WriteLine(timing.Line());

        // The same start and completion, and the start-up, on an empty database of the same provider.
        var emptyStarted = Stopwatch.StartNew();
        await using var empty = await LoadHost.StartAsync(new LoadRunOptions(1, 1, 1, TimeSpan.FromMinutes(1), options.PostgreSql is { } pg ? new NpgsqlConnectionStringBuilder(pg) { Database = "postgres" }.ConnectionString : null));
        var emptyStartUp = emptyStarted.Elapsed;
        await empty.CreateAccountsAsync([TemplateCapture.Reviewer, TemplateCapture.Applicant]);
        var onEmpty = await CaseCycle.TimeAsync(empty, Math.Max(3, options.Repeat / 3), cancellationToken);
        output.WriteLine($"Start-up on an empty database: {emptyStartUp.TotalMilliseconds:F0} ms (ratio {startUp / emptyStartUp:F2})");
        foreach (var (data, none) in onData.Zip(onEmpty))
            output.WriteLine($"{data.Name}: p50 {data.P50:F1} ms on the data set vs {none.P50:F1} ms empty (ratio {data.P50 / Math.Max(none.P50, 0.001):F2}); p95 {data.P95:F1} vs {none.P95:F1}");
    }

    private static async Task GetAsync(SignedInClient client, string path, CancellationToken cancellationToken)
    {
        // On a busy machine the run outlasts a token: signed in again before it expires, outside the call's time only when due.
        await client.EnsureSignedInAsync(cancellationToken);
        using var response = await client.Http.GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private static async Task CheckAsync(LoadHost host, Sample sample, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<RegistryService>().CheckAsync(sample.RegistrationNumber, sample.HolderName, cancellationToken) is null)
            throw new InvalidOperationException($"The public check did not find {sample.RegistrationNumber}.");
    }

    public static async Task<Timing> TimeAsync(string name, int repeat, Func<Task> call)
    {
        await call();
        var samples = new List<double>(repeat);
        for (var i = 0; i < repeat; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return Timing.Of(name, samples);
    }

    private static async Task<Sample> SampleAsync(LoadHost host, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var open = await db.HumanTasks.AsNoTracking().Where(t => t.Status == UseCases.Records.HumanTaskStatus.Open).OrderBy(t => t.CreatedAt).Select(t => t.InstanceId).FirstAsync(cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == open, cancellationToken);
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == instance.CorrelationId, cancellationToken);
        var registration = await db.Registrations.AsNoTracking().OrderBy(r => r.IssuedAt).Skip(await db.Registrations.CountAsync(cancellationToken) / 2).FirstAsync(cancellationToken);
        // The public check asks for the holder's name with the number: every clone is a person of its own.
        var holder = await db.Persons.AsNoTracking().Where(p => p.Id == registration.PersonId).Select(p => p.Name).SingleAsync(cancellationToken);
        return new Sample(instance.Id, instance.DefinitionId, application.CaseNumber!, application.IdNumber!, application.PersonName!, registration.Number, holder,
            await db.WorkflowInstances.LongCountAsync(cancellationToken), await db.HumanTasks.LongCountAsync(t => t.Status == UseCases.Records.HumanTaskStatus.Open, cancellationToken),
            await db.Journal.LongCountAsync(cancellationToken));
    }

    private sealed record Sample(string InstanceId, string DefinitionId, string CaseNumber, string IdNumber, string PersonName, string RegistrationNumber, string HolderName, long Instances, long OpenTasks, long Journal);
}

/// <summary>One measured operation: its samples' p50, p95 and max in milliseconds.</summary>
public sealed record Timing(string Name, int Count, double P50, double P95, double Max)
{
    public static Timing Of(string name, IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return new Timing(name, sorted.Length, EndpointFigures.Percentile(sorted, 0.5), EndpointFigures.Percentile(sorted, 0.95), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    public string Line() => string.Create(CultureInfo.InvariantCulture, $"{Name,-40} n={Count,3}  p50 {P50,8:F1} ms  p95 {P95,8:F1} ms  max {Max,8:F1} ms");
}
