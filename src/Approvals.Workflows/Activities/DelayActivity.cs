using System.Text.Json.Nodes;
using Approvals.Text;
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
        new LocalizedText("延时", "Delay"),
        "Timers",
        new LocalizedText("等待一段时间（可按工作日）后继续。", "Waits for a duration (elapsed or working days), then continues."),
        [InputDescriptors.Create("duration", "时长", "Duration", InputKind.Duration, true, "ISO 8601（\"PT30M\"、\"P2D\"）或工作日（\"5wd\"、\"2wd4h\"）。", "ISO 8601 (\"PT30M\", \"P2D\") or working days (\"5wd\", \"2wd4h\").")],
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
