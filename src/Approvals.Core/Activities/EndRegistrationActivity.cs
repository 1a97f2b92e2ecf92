using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Core.Activities;

/// <summary>
/// Ends the registration a cancellation or revocation names, in the step's transaction: its status becomes
/// <c>status</c> (Cancelled or Revoked) and its history records the day and the reason (<c>reason</c>, or the case's own).
/// </summary>
public sealed class EndRegistrationActivity(IApplicationFacts facts) : IActivity
{
    private static readonly string[] Statuses = [nameof(RegistrationStatus.Cancelled), nameof(RegistrationStatus.Revoked)];

    public ActivityDescriptor Descriptor { get; } = new(
        "EndRegistration",
        Texts.Text(Texts.EndRegistrationActivity_EndRegistration),
        "Metrology",
        Texts.Text(Texts.EndRegistrationActivity_SetsRegistrationCancelledOrRevoked),
        [
            new InputDescriptor("status", Texts.Text(Texts.EndRegistrationActivity_Status), InputKind.Choice, true,
                Texts.Text(Texts.EndRegistrationActivity_CancelledOrRevoked)) { Choices = Statuses, AcceptsExpression = false },
            new InputDescriptor("reason", Texts.Text(Texts.EndRegistrationActivity_Reason), InputKind.String, false,
                Texts.Text(Texts.EndRegistrationActivity_ReasonRecordedInHistory)),
        ],
        ["Done"]) { Icon = "certificate" };

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var application = await CaseOfInstance.LoadAsync(context, facts);
        var status = context.EvaluateString("status");
        if (!Enum.TryParse<RegistrationStatus>(status, out var ended) || !Statuses.Contains(status))
            return ActivityResult.Fault(Texts.Text(Texts.EndRegistrationActivity_StatusMustBeCancelledOrRevoked, status));
        if (await facts.FindRegistrationAsync(application.RegistrationNumber ?? "", context.CancellationToken) is not { } registration)
            return ActivityResult.Fault(Texts.Text(Texts.IssueRegistrationActivity_RegistrationToRenewIsNotIn, application.RegistrationNumber));
        var reason = context.EvaluateString("reason") is { Length: > 0 } given ? given : application.Reason ?? "";
        context.Emit(new RegistrationEnded(application.Id, registration.Number, ended, reason, context.Now));
        return ActivityResult.Complete("Done");
    }
}
