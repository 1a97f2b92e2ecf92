using Approvals.LoadRun;

namespace Approvals.Web.Tests.LoadRun;

/// <summary>
/// The load run's smoke (CI): a few applicants file complete cases through HTTP while reviewers claim and complete
/// the tasks, and every case filed reaches its decision with no answer other than success or the expected 409. Only
/// counts are checked; the speed figures are the run's printed output, not asserted here.
/// </summary>
public sealed class LoadRunSmokeTests
{
    private static readonly LoadRunOptions Tiny = new(Reviewers: 3, Applicants: 2, Cases: 6, Duration: TimeSpan.FromMinutes(3), PostgreSqlServer: null);

    [Fact]
    public async Task On_SQLite_every_case_filed_by_the_load_run_is_decided_by_its_reviewers_without_an_unexpected_error()
    {
        var result = await RunAsync(Tiny);

        AssertEveryCaseDecided(result);
    }

    [SkippableFact]
    public async Task On_PostgreSQL_every_case_filed_by_the_load_run_is_decided_by_its_reviewers_without_an_unexpected_error()
    {
        var server = Environment.GetEnvironmentVariable("APPROVALS_TEST_POSTGRES");
        Skip.If(string.IsNullOrEmpty(server) && Environment.GetEnvironmentVariable("APPROVALS_REQUIRE_POSTGRES") != "1", "APPROVALS_TEST_POSTGRES names no PostgreSQL server.");

        var result = await RunAsync(Tiny with { PostgreSqlServer = server });

        AssertEveryCaseDecided(result);
    }

    [Fact]
    public async Task Partitioned_the_reviewers_decide_every_case_filed_each_from_its_own_share_without_a_lost_claim()
    {
        var result = await RunAsync(Tiny with { Partitioned = true });

        AssertEveryCaseDecided(result);
        Assert.NotNull(result.ReviewingPhase);
        var claims = Assert.Single(result.Endpoints, e => e.Endpoint == Endpoints.Claim);
        Assert.Equal(new Dictionary<int, int> { [204] = Tiny.Cases }, claims.Statuses);
        Assert.DoesNotContain(result.Endpoints, e => e.Endpoint == Endpoints.Inbox);
    }

    [Fact]
    public void The_printed_figures_name_every_endpoint_the_run_called_with_its_percentiles()
    {
        var latencies = new Latencies();
        foreach (var (milliseconds, status) in new[] { (4, 200), (1, 200), (3, 409), (2, 200) })
            latencies.Record(Endpoints.Complete, TimeSpan.FromMilliseconds(milliseconds), status);
        var figures = Assert.Single(latencies.Figures(TimeSpan.FromSeconds(2)));
        var output = new StringWriter();

        new LoadRunResult("SQLite", Tiny, TimeSpan.FromSeconds(2), 4, 3, [], [figures], new HostMemory(1048576, 2097152), new HostMemory(1048576, 2097152), new MemoryTrend(2097152, 2097152, 2097152, 0, 2)).Print(output);

        // Within the histogram's three significant digits.
        Assert.Equal((2.0, 4.0, 4.0, 4.0, 2.0), (Math.Round(figures.P50, 2), Math.Round(figures.P95, 2), Math.Round(figures.P99, 2), Math.Round(figures.Max, 2), figures.PerSecond));
        Assert.Equal(new Dictionary<int, int> { [200] = 3, [409] = 1 }, figures.Statuses);
        Assert.Contains("POST /api/tasks/{id}/complete", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("200×3 409×1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_soak_switch_runs_ten_minutes_bounded_by_time_alone_and_later_options_still_apply()
    {
        var soak = LoadRunOptions.Parse(["--soak", "--reviewers", "50"]);

        Assert.Equal((TimeSpan.FromMinutes(10), Filing.MaxCases, 50), (soak.Duration, soak.Cases, soak.Reviewers));
        Assert.Equal(TimeSpan.FromSeconds(30), LoadRunOptions.Parse(["--soak", "--seconds", "30"]).Duration);
    }

    [Fact]
    public void The_partitioned_switch_takes_no_value_and_runs_are_unpartitioned_without_it()
    {
        var partitioned = LoadRunOptions.Parse(["--partitioned", "--reviewers", "50"]);

        Assert.Equal((true, 50), (partitioned.Partitioned, partitioned.Reviewers));
        Assert.False(LoadRunOptions.Parse(["--reviewers", "50"]).Partitioned);
    }

    [Fact]
    public void Memory_that_keeps_rising_after_the_warm_up_is_reported_growing_and_memory_that_levels_off_flat()
    {
        const long MiB = 1048576;
        // Ten minutes, one sample a minute: a warm-up climb, then level (with noise) or a steady 5 MiB a minute.
        var level = Enumerable.Range(0, 11).Select(m => new MemorySample(TimeSpan.FromMinutes(m), (m < 2 ? 200 + 50 * m : 300 + m % 2) * MiB, 0)).ToList();
        var rising = Enumerable.Range(0, 11).Select(m => new MemorySample(TimeSpan.FromMinutes(m), (300 + 5 * m) * MiB, 0)).ToList();

        var flat = MemoryTrend.Of(level);
        var growing = MemoryTrend.Of(rising);

        Assert.True(flat.Flat, flat.ToString());
        Assert.Equal((200 * MiB, 300 * MiB, 301 * MiB), (flat.StartBytes, flat.EndBytes, flat.MaxBytes));
        Assert.False(growing.Flat, growing.ToString());
        Assert.Equal(5.0, growing.SlopeMiBPerMinute, precision: 6);
        Assert.Contains("GROWING", growing.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("at each minute: 300, 305, 310, 315, 320, 325, 330, 335, 340, 345, 350 MiB", growing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Memory_that_rises_only_in_the_mapped_database_is_reported_growing_with_its_private_part_flat()
    {
        const long MiB = 1048576;
        // The memory-mapped database grows 5 MiB a minute as the run writes; everything else stays at 300 MiB.
        var samples = Enumerable.Range(0, 11).Select(m => new MemorySample(TimeSpan.FromMinutes(m), (300 + 100 + 5 * m) * MiB, 0, (100 + 5 * m) * MiB)).ToList();

        var trend = MemoryTrend.Of(samples);

        Assert.False(trend.Flat, trend.ToString());
        Assert.True(trend.PrivateFlat, trend.ToString());
        Assert.Equal((5.0, 0.0), (Math.Round(trend.SlopeMiBPerMinute, 6), Math.Round(trend.PrivateSlopeMiBPerMinute, 6)));
        Assert.EndsWith("of which mapped files (binaries, SQLite's memory-mapped database): 100, 105, 110, 115, 120, 125, 130, 135, 140, 145, 150 MiB; without them, slope +0.00 MiB/min: flat", trend.ToString(), StringComparison.Ordinal);
    }

    private static async Task<LoadRunResult> RunAsync(LoadRunOptions options)
    {
        await using var host = await LoadHost.StartAsync(options);
        Assert.Equal("127.0.0.1", host.Address.Host);
        return await new LoadRunner(host, options).RunAsync(CancellationToken.None);
    }

    private static void AssertEveryCaseDecided(LoadRunResult result)
    {
        Assert.Empty(result.Errors);
        Assert.Equal(Tiny.Cases, result.Submitted);
        // A level-2 initial registration is decided by one reviewer's task.
        Assert.Equal(result.Submitted, result.Completed);
        Assert.Contains(result.Endpoints, e => e.Endpoint == Endpoints.Complete && e.Statuses.GetValueOrDefault(200) == result.Completed);
    }
}
