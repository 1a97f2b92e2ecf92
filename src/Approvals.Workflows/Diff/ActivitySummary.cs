using Approvals.Workflows.Models;

namespace Approvals.Workflows.Diff;

public sealed record ActivitySummary(string Id, string Type, string? Name)
{
    public static ActivitySummary Of(ActivityModel activity) => new(activity.Id, activity.Type, activity.Name);
}
