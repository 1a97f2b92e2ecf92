using Approvals.Core.Access;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;

namespace Approvals.Web.Features.Tasks.Pages;

/// <summary>The inbox's three views; the caller's scope narrows each to their district.</summary>
public enum TaskInboxView
{
    /// <summary>Open tasks the user claimed.</summary>
    Mine,

    /// <summary>Open tasks of the district nobody claimed yet.</summary>
    Unclaimed,

    /// <summary>Every open task of the district.</summary>
    AllOpen,
}

public static class TaskInboxViews
{
    public static TaskFilter Filter(this TaskInboxView view, string? userName) => view switch
    {
        TaskInboxView.Mine => new TaskFilter(HumanTaskStatus.Open, Assignee: userName ?? Caller.NoDistrict),
        TaskInboxView.Unclaimed => new TaskFilter(HumanTaskStatus.Open, Unassigned: true),
        _ => new TaskFilter(HumanTaskStatus.Open),
    };
}
