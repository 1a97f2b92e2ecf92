using System.Diagnostics;

namespace Approvals.Infrastructure.Observability;

/// <summary>The names operators subscribe to: the meter of <see cref="ApprovalsMetrics"/> and the source of the engine's step traces.</summary>
public static class ApprovalsTelemetry
{
    public const string Name = "Approvals";

    /// <summary>One activity per engine step (start, resume, task completion, incident retry, cancel), tagged with instance, task and case.</summary>
    public static readonly ActivitySource Steps = new(Name);
}
