using Approvals.Workflows.Models;

namespace Approvals.Workflows.Diff;

public sealed record ActivitySummary(string Id, string Type, string? Name, IReadOnlyDictionary<string, string>? Names = null)
{
    public static ActivitySummary Of(ActivityModel activity) => new(activity.Id, activity.Type, activity.Name, activity.Names);

    /// <summary>The activity's name in <paramref name="culture"/>, else its id.</summary>
    public string NameIn(string culture) => PerLanguage.In(Names, Name, culture) ?? Id;
}
