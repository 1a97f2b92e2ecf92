using Approvals.Text;
using Approvals.Workflows.Registry;

namespace Approvals.Core.Activities;

internal static class ActivityInputs
{
    public static InputDescriptor Create(string name, string zhCn, string en, InputKind kind, bool required, string descriptionZh, string descriptionEn) =>
        new(name, new LocalizedText(zhCn, en), kind, required, new LocalizedText(descriptionZh, descriptionEn));

    /// <summary>The application a step works on: the instance's correlation id.</summary>
    public static string ApplicationId(Workflows.Runtime.ActivityExecutionContext context) =>
        context.Instance.CorrelationId
        ?? throw new Workflows.Runtime.ActivityFaultException(new(
            $"“{context.Activity.Id}”需要一份申请：请从申请发起本流程（关联编号即申请编号）。",
            $"'{context.Activity.Id}' needs an application: start the procedure from an application (correlation id = application id)."));
}
