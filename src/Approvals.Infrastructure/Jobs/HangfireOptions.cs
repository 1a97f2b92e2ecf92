using System.ComponentModel.DataAnnotations;

namespace Approvals.Infrastructure.Jobs;

/// <summary>Bound from the "Hangfire" section. Storage follows <c>Database:Provider</c>.</summary>
public sealed class HangfireOptions
{
    public const string SectionName = "Hangfire";

    /// <summary>How often scheduled jobs are moved to the queue; Hangfire's default (15 s) makes timers late.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a worker looks for queued jobs.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(1, 100)]
    public int WorkerCount { get; set; } = 4;

    /// <summary>Run a Hangfire server in this process (a web node may only enqueue).</summary>
    public bool ServerEnabled { get; set; } = true;
}
