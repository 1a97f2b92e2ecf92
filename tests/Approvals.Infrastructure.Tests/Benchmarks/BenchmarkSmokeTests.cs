using System.Globalization;
using System.Text.RegularExpressions;
using Approvals.Benchmarks;

namespace Approvals.Infrastructure.Tests.Benchmarks;

/// <summary>
/// The benchmark in quick mode: it runs WorkflowCore and each of our engines (PostgreSQL when a server is given, as
/// in CI) and prints a rate and a ratio to the peer for each. Rates are not asserted: a shared machine's timing is
/// no test.
/// </summary>
public sealed partial class BenchmarkSmokeTests
{
    [Fact]
    public async Task The_quick_benchmark_prints_a_rate_and_a_ratio_to_WorkflowCore_for_every_engine()
    {
        var server = Environment.GetEnvironmentVariable("APPROVALS_TEST_POSTGRES");
        string[] args = string.IsNullOrWhiteSpace(server)
            ? ["--quick", "--instances", "60", "--concurrency", "8"]
            : ["--quick", "--instances", "60", "--concurrency", "8", "--postgres", server];
        var output = new StringWriter(CultureInfo.InvariantCulture);

        await BenchmarkRun.RunAsync(args, output);

        var report = output.ToString();
        List<string> engines = ["WorkflowCore 3.22.0, in memory", "ours, in memory", "ours, SQLite, every step committed"];
        if (!string.IsNullOrWhiteSpace(server))
            engines.Add("ours, PostgreSQL, every step committed");
        foreach (var engine in engines)
        {
            var line = report.Split('\n').SingleOrDefault(l => l.StartsWith(engine, StringComparison.Ordinal));
            Assert.True(line is not null, $"No line for {engine} in:\n{report}");
            var match = RateAndRatio().Match(line[engine.Length..]);
            Assert.True(match.Success, $"No rate and ratio for {engine}: {line}");
        }
        Assert.Contains("goal: ours on SQLite ≥ 2× WorkflowCore in memory", report);
    }

    [GeneratedRegex(@"^\s+[\d,.]+\s+[\d.,]+×")]
    private static partial Regex RateAndRatio();
}
