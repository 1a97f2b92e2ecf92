using System.ComponentModel.DataAnnotations;

namespace Approvals.Workflows.Options;

/// <summary>Bound from the "Workflows" section.</summary>
public sealed class WorkflowEngineOptions
{
    public const string SectionName = "Workflows";

    /// <summary>Folder of definition files published at start-up, relative to the repository root.</summary>
    public string Folder { get; set; } = "workflows";

    /// <summary>Activities one step may execute without waiting before it stops with an incident (runaway loop guard).</summary>
    [Range(10, 1_000_000)]
    public int MaxActivitiesPerStep { get; set; } = 10_000;

    public ExpressionSandboxOptions Expressions { get; set; } = new();
}

public sealed class ExpressionSandboxOptions
{
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(250);

    [Range(100_000, 1_000_000_000)]
    public long MemoryLimitBytes { get; set; } = 4_000_000;

    [Range(1, 10_000)]
    public int RecursionLimit { get; set; } = 64;

    [Range(100, 100_000_000)]
    public int MaxStatements { get; set; } = 100_000;
}
