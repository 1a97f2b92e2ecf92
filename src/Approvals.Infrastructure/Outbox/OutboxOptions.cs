using System.ComponentModel.DataAnnotations;

namespace Approvals.Infrastructure.Outbox;

/// <summary>Bound from the "Outbox" section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Attempts before a message is marked Failed for an administrator to resend.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>How long a worker holds a claimed message before another may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often committed messages that were never handed to the job queue are looked for.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);
}
