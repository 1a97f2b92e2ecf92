using Approvals.Workflows.Registry;

namespace Approvals.Core.Activities;

internal static class ActivityInputs
{
    public static InputDescriptor Create(string name, string zhCn, string en, InputKind kind, bool required, string descriptionZh, string descriptionEn) =>
        new(name, new LocalizedText(zhCn, en), kind, required, new LocalizedText(descriptionZh, descriptionEn));

    /// <summary>The application a step works on: the instance's correlation id.</summary>
    public static string ApplicationId(Workflows.Runtime.ActivityExecutionContext context) =>
        context.Instance.CorrelationId
        ?? throw new InvalidOperationException($"'{context.Activity.Id}' needs an application: start the procedure from an application (correlation id = application id).");
}
