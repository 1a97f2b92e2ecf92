using System.Text.Json.Nodes;
using Approvals.Core.Findings;
using Approvals.Core.Workflow;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Core.Activities;

/// <summary>
/// Puts every finding before the applicant at once and waits on a "Corrections" bookmark for the corrected
/// submission (resumed with outcome <c>Resubmitted</c>) or for its deadline (resumed by the timer without an
/// outcome → <c>TimedOut</c>). <c>dueIn</c> counts working days ("10wd") on the calendar.
/// </summary>
public sealed class RequestCorrectionsActivity : IActivity
{
    public const string BookmarkKind = "Corrections";
    public const string Resubmitted = "Resubmitted";
    public const string TimedOut = "TimedOut";
    public const string DefaultDueIn = "10wd";

    public ActivityDescriptor Descriptor { get; } = new(
        "RequestCorrections",
        new LocalizedText("要求补正", "Request corrections"),
        "Metrology",
        new LocalizedText("一次性告知申请人全部需补正事项，等待补正后重新提交或期限届满。",
            "Lists every finding to the applicant at once; waits for the corrected submission or the deadline."),
        [
            ActivityInputs.Create("findings", "补正事项", "Findings", InputKind.Json, true,
                "需补正的事项（发现项列表），通常为表达式。", "The findings to correct (a list of findings); usually an expression."),
            ActivityInputs.Create("dueIn", "补正期限", "Due in", InputKind.Duration, false,
                "补正期限，如 \"10wd\" 表示 10 个工作日。", "Time allowed, e.g. \"10wd\" for ten working days.") with { Default = DefaultDueIn },
        ],
        [Resubmitted, TimedOut]) { IsBlocking = true, Icon = "edit" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var findings = DomainJson.Findings(context.EvaluateInput("findings"));
        var duration = WorkflowDuration.Parse(context.EvaluateString("dueIn") ?? DefaultDueIn);
        var dueAt = context.DueDates.DueAt(context.Now, duration);
        context.Emit(new ApplicationFindingsRecorded(ActivityInputs.ApplicationId(context), findings));
        var payload = new JsonObject
        {
            ["findings"] = DomainJson.ToNode(findings),
            ["dueIn"] = duration.ToString(),
        };
        return ValueTask.FromResult(ActivityResult.Suspend(BookmarkKind, payload, dueAt));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, ResumeStimulus stimulus)
    {
        var outcome = stimulus.Outcome ?? TimedOut;
        if (outcome is not (Resubmitted or TimedOut))
            throw new WorkflowRuntimeException(WorkflowRuntimeError.InvalidOutcome, $"A correction request is answered by '{Resubmitted}' (or its deadline), not '{outcome}'.");
        context.SetVariable(context.Activity.Id, new JsonObject { ["outcome"] = outcome, ["actor"] = stimulus.Actor, ["at"] = context.Now });
        if (outcome == TimedOut)
            context.Emit(new ApplicationFindingsRecorded(ActivityInputs.ApplicationId(context), [CorrectionDeadlinePassed()]));
        return ValueTask.FromResult(ActivityResult.Complete(outcome));
    }

    private static Finding CorrectionDeadlinePassed() => new(
        "Corrections.TimedOut",
        new LocalizedMessage("补正期限已过，未收到补正材料。", "The deadline for corrections passed without a corrected submission."));
}
