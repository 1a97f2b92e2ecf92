using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

/// <summary>Sets the status the applicant sees on their case and tells the host (<see cref="PublicStatusChanged"/>).</summary>
public sealed class SetStatusActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "SetStatus",
        Texts.Text(Texts.SetStatusActivity_SetStatus),
        "Primitives",
        Texts.Text(Texts.SetStatusActivity_SetsStatusApplicantSees),
        [new InputDescriptor("status", Texts.Text(Texts.SetStatusActivity_Status), InputKind.String, true, Texts.Text(Texts.SetStatusActivity_StatusTextEGUnderReview))],
        ["Done"]) { Icon = "flag" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var status = context.EvaluateString("status");
        context.Instance.PublicStatus = status;
        context.Emit(new PublicStatusChanged(status, context.Activity.Id));
        return ValueTask.FromResult(ActivityResult.Complete("Done"));
    }
}
