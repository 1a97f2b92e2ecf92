using System.Text.Json.Nodes;
using Approvals.Core.Workflow;
using Approvals.Text;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Validation;

namespace Approvals.Core.Activities;

/// <summary>
/// The holder's chance to state their case (陈述申辩) against an intended revocation: waits on a "Statement" bookmark
/// for the statement (resumed with outcome <c>Stated</c>) or for its deadline (resumed without an outcome →
/// <c>TimedOut</c>). <c>dueIn</c> counts working days on the calendar and is the procedure's setting. When it opens,
/// the variable named after the activity id holds <c>{ dueAt }</c> (Asia/Shanghai) for the notice e-mail; when it is
/// answered, <c>{ outcome, actor, at }</c>.
/// </summary>
public sealed class AwaitStatementActivity(IApplicationFacts facts) : IActivity, IValidatesInputs
{
    public const string BookmarkKind = "Statement";
    public const string Stated = "Stated";
    public const string TimedOut = "TimedOut";
    public const string DefaultDueIn = "5wd";

    public ActivityDescriptor Descriptor { get; } = new(
        "AwaitStatement",
        Texts.Text(Texts.AwaitStatementActivity_AwaitStatement),
        "Metrology",
        Texts.Text(Texts.AwaitStatementActivity_WaitsForHoldersStatement),
        [
            new InputDescriptor("notifyEmail", Texts.Text(Texts.RequestCorrectionsActivity_RemindAt), InputKind.String, false,
                Texts.Text(Texts.RequestCorrectionsActivity_WhereDeadlineRemindersGoUsuallyApplicant)),
            new InputDescriptor("culture", Texts.Text(Texts.RequestCorrectionsActivity_Culture), InputKind.String, false,
                Texts.Text(Texts.RequestCorrectionsActivity_LanguageOfRemindersZhCNDefault)),
            .. DeadlineInputs.DescriptorsWithDefault(DefaultDueIn),
        ],
        [Stated, TimedOut]) { IsBlocking = true, Icon = "edit" };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var applicationId = (await CaseOfInstance.LoadAsync(context, facts)).Id;
        var payload = new JsonObject
        {
            [HumanTaskActivity.Title] = TaskTexts.Write(Texts.Text(Texts.AwaitStatementActivity_TaskTitle, applicationId)),
            [BookmarkPayload.NotifyEmail] = context.EvaluateString("notifyEmail"),
            ["culture"] = context.EvaluateString("culture"),
        };
        var dueAt = DeadlineInputs.Apply(context, payload, DefaultDueIn);
        context.SetVariable(context.Activity.Id, new JsonObject { ["dueAt"] = dueAt is { } due ? ZoneTime.Iso(due) : null });
        return ActivityResult.Suspend(BookmarkKind, payload, dueAt);
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, ResumeStimulus stimulus)
    {
        var outcome = stimulus.Outcome ?? TimedOut;
        if (outcome is not (Stated or TimedOut))
            throw new InvalidRefusal(Texts.Text(Texts.AwaitStatementActivity_AnsweredByStatedOnly, Stated, outcome));
        context.SetVariable(context.Activity.Id, new JsonObject { ["outcome"] = outcome, ["actor"] = stimulus.Actor, ["at"] = context.Now });
        return ValueTask.FromResult(ActivityResult.Complete(outcome));
    }

    public IEnumerable<ValidationError> ValidateInputs(ActivityModel activity, string path, IExpressionEvaluator expressions) =>
        DeadlineInputs.Validate(activity, path, Descriptor.Outcomes, dueInHasDefault: true);
}
