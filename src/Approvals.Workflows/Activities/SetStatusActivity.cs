using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

/// <summary>Sets the status the applicant sees on their case and tells the host (<see cref="PublicStatusChanged"/>).</summary>
public sealed class SetStatusActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "SetStatus",
        new LocalizedText("设置状态", "Set status"),
        "Primitives",
        new LocalizedText("设置申请人看到的办理状态。", "Sets the status the applicant sees."),
        [InputDescriptors.Create("status", "状态", "Status", InputKind.String, true, "申请人看到的状态，如“审核中 / Under review”。", "The status text, e.g. 审核中 / Under review.")],
        ["Done"]) { Icon = "flag" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context)
    {
        var status = context.EvaluateString("status");
        context.Instance.PublicStatus = status;
        context.Emit(new PublicStatusChanged(status, context.Activity.Id));
        return ValueTask.FromResult(ActivityResult.Complete("Done"));
    }
}
