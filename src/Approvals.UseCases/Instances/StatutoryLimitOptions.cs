using Approvals.Workflows.Runtime;

namespace Approvals.UseCases.Instances;

/// <summary>
/// Bound from the "StatutoryLimits" section: the time limit of a whole application per definition id, in working
/// days, e.g. <c>"StatutoryLimits": { "Definitions": { "enterprise-registration": "20wd" } }</c>. A definition may
/// instead carry a variable <c>statutoryLimit</c> ("20wd"), which wins.
/// </summary>
public sealed class StatutoryLimitOptions
{
    public const string SectionName = "StatutoryLimits";

    /// <summary>The name of the definition variable that sets the limit.</summary>
    public const string VariableName = "statutoryLimit";

    public Dictionary<string, string> Definitions { get; set; } = [];

    /// <summary>A limit as written ("20wd") in working days; null when there is none or it is not in working days.</summary>
    public static int? WorkingDays(string? text) =>
        WorkflowDuration.TryParse(text, out var duration) && duration.IsWorkingTime ? duration.WorkingDays : null;
}
