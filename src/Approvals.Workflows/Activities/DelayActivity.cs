using System.Text.Json.Nodes;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

/// <summary>Waits on a "Timer" bookmark due after the duration; the host resumes it when due.</summary>
public sealed class DelayActivity : IActivity
{
    public const string BookmarkKind = "Timer";

    public ActivityDescriptor Descriptor { get; } = new(
        "Delay",
        Texts.Text(Texts.DelayActivity_Delay),
        "Timers",
        Texts.Text(Texts.DelayActivity_WaitsForDurationElapsedOrWorking),
        [new InputDescriptor("duration", Texts.Text(Texts.DelayActivity_Duration), InputKind.Duration, true, Texts.Text(Texts.DelayActivity_ISOPT30MP2DOrWorkingDays))],
        ["Done"]) { IsBlocking = true, Icon = "clock" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var duration = WorkflowDuration.Parse(context.EvaluateString("duration") ?? "");
        var payload = new JsonObject { ["duration"] = duration.ToString() };
        return ValueTask.FromResult(ActivityResult.Suspend(BookmarkKind, payload, context.DueDates.DueAt(context.Now, duration)));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, ResumeStimulus stimulus) =>
        ValueTask.FromResult(ActivityResult.Complete("Done"));
}
