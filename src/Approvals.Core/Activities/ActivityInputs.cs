using Approvals.Workflows.Registry;

namespace Approvals.Core.Activities;

internal static class ActivityInputs
{
    /// <summary>The application a step works on: the instance's correlation id.</summary>
    public static string ApplicationId(Workflows.Runtime.ActivityExecutionContext context) =>
        context.Instance.CorrelationId
        ?? throw new Workflows.Runtime.ActivityFaultException(Texts.Text(Texts.ActivityInputs_NeedsApplicationStartProcedureFromApplication, context.Activity.Id));
}
