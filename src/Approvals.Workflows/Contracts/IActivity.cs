using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Contracts;

/// <summary>
/// An activity type. Implementations are stateless singletons registered by type name in
/// <see cref="ActivityRegistry"/>; every piece of state lives in the instance.
/// </summary>
public interface IActivity
{
    ActivityDescriptor Descriptor { get; }

    ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context);

    /// <summary>Called when a stimulus names a bookmark this activity created.</summary>
    ValueTask<ActivityResult> ResumeAsync(ActivityExecutionContext context, ResumeStimulus stimulus) =>
        ValueTask.FromResult(ActivityResult.Complete(stimulus.Outcome ?? "Done"));
}
