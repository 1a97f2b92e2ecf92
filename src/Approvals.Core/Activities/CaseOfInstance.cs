using Approvals.Core.Applications;
using Approvals.Core.Workflow;
using Approvals.Workflows.Runtime;

namespace Approvals.Core.Activities;

/// <summary>
/// The case a domain step acts on: the application named by the instance's correlation id, and only when the
/// instance is that application's own procedure (<see cref="Application.IsDrivenBy"/>). Otherwise the step
/// faults, so an instance started outside the application service changes no case.
/// </summary>
internal static class CaseOfInstance
{
    /// <exception cref="ActivityFaultException">no application, or the instance is not its procedure.</exception>
    public static async Task<Application> LoadAsync(ActivityExecutionContext context, IApplicationFacts facts)
    {
        var applicationId = ActivityInputs.ApplicationId(context);
        var application = await facts.FindApplicationAsync(applicationId, context.CancellationToken)
            ?? throw new ActivityFaultException(ActivityFaults.NoApplication(applicationId));
        return EnsureDrivenBy(application, context);
    }

    /// <exception cref="ActivityFaultException">the instance is not the application's procedure.</exception>
    public static Application EnsureDrivenBy(Application application, ActivityExecutionContext context) =>
        application.IsDrivenBy(context.Instance.Id)
            ? application
            : throw new ActivityFaultException(ActivityFaults.NotItsProcedure(application.Id));
}
