using System.Text.Json.Nodes;
using Approvals.Core.Findings;
using Approvals.Core.Workflow;
using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Validation;

namespace Approvals.Core.Activities;

/// <summary>
/// Puts every finding before the applicant at once and waits on a "Corrections" bookmark for the corrected
/// submission (resumed with outcome <c>Resubmitted</c>) or for its deadline (resumed without an outcome →
/// <c>TimedOut</c>). <c>dueIn</c> counts working days ("10wd") on the calendar; reminders go to
/// <c>notifyEmail</c> (the applicant) and the statutory clock of the application stops while it waits. When it
/// opens, the variable named after the activity id holds <c>{ findings, dueAt }</c> (due date in Asia/Shanghai)
/// for the correction e-mail; when it is answered, <c>{ outcome, actor, at }</c>.
/// </summary>
public sealed class RequestCorrectionsActivity(IApplicationFacts facts) : IActivity, IValidatesInputs
{
    public const string BookmarkKind = "Corrections";
    public const string Resubmitted = "Resubmitted";
    public const string TimedOut = "TimedOut";
    public const string DefaultDueIn = "10wd";

    public ActivityDescriptor Descriptor { get; } = new(
        "RequestCorrections",
        new LocalizedText("要求补正", "Request corrections"),
        "Metrology",
        new LocalizedText("一次性告知申请人全部需补正事项，等待补正后重新提交或期限届满；等待期间法定时限停止计算。",
            "Lists every finding to the applicant at once; waits for the corrected submission or the deadline, with the statutory clock stopped."),
        [
            ActivityInputs.Create("findings", "补正事项", "Findings", InputKind.Json, true,
                "需补正的事项（发现项列表），通常为表达式。", "The findings to correct (a list of findings); usually an expression."),
            ActivityInputs.Create("notifyEmail", "提醒邮箱", "Remind at", InputKind.String, false,
                "补正期限提醒发往的地址，通常为申请人邮箱。", "Where deadline reminders go: usually the applicant's address."),
            ActivityInputs.Create("culture", "语言", "Culture", InputKind.String, false,
                "提醒邮件的语言：zh-CN（默认）或 en。", "The language of the reminders: zh-CN (default) or en."),
            .. DeadlineInputs.DescriptorsWithDefault(DefaultDueIn),
        ],
        [Resubmitted, TimedOut]) { IsBlocking = true, Icon = "edit" };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var findings = DomainJson.Findings(context.EvaluateInput("findings"));
        var applicationId = (await CaseOfInstance.LoadAsync(context, facts)).Id;
        context.Emit(new ApplicationFindingsRecorded(applicationId, findings));
        var payload = new JsonObject
        {
            ["title"] = $"补正申请材料 Corrections to application {applicationId}",
            ["findings"] = DomainJson.ToNode(findings),
            [BookmarkPayload.StopsStatutoryClock] = true,
            [BookmarkPayload.NotifyEmail] = context.EvaluateString("notifyEmail"),
            ["culture"] = context.EvaluateString("culture"),
        };
        var dueAt = DeadlineInputs.Apply(context, payload, DefaultDueIn);
        context.SetVariable(context.Activity.Id, new JsonObject
        {
            ["findings"] = DomainJson.ToNode(findings),
            ["dueAt"] = dueAt is { } due ? ZoneTime.Display(due) : null,
        });
        return ActivityResult.Suspend(BookmarkKind, payload, dueAt);
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, ResumeStimulus stimulus)
    {
        var outcome = stimulus.Outcome ?? TimedOut;
        if (outcome is not (Resubmitted or TimedOut))
            throw new InvalidRefusal(new(
                $"补正要求只能以“{Resubmitted}”（或期限届满）结束，不能是“{outcome}”。", $"A correction request is answered by '{Resubmitted}' (or its deadline), not '{outcome}'."));
        context.SetVariable(context.Activity.Id, new JsonObject { ["outcome"] = outcome, ["actor"] = stimulus.Actor, ["at"] = context.Now });
        if (outcome == TimedOut)
            context.Emit(new ApplicationFindingsRecorded(ActivityInputs.ApplicationId(context), [CorrectionDeadlinePassed()]));
        return ValueTask.FromResult(ActivityResult.Complete(outcome));
    }

    public IEnumerable<ValidationError> ValidateInputs(ActivityModel activity, string path, IExpressionEvaluator expressions) =>
        DeadlineInputs.Validate(activity, path, Descriptor.Outcomes, dueInHasDefault: true);

    private static Finding CorrectionDeadlinePassed() => new(
        "Corrections.TimedOut",
        new LocalizedText("补正期限已过，未收到补正材料。", "The deadline for corrections passed without a corrected submission."));
}
