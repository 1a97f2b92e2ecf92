using Approvals.Text;

namespace Approvals.Workflows.Runtime;

/// <summary>
/// An activity cannot go on with what the instance gives it; the step records an incident saying why, in both
/// languages. An incident for the regulator to resolve, not a refusal of anyone's request.
/// </summary>
public class ActivityFaultException(LocalizedText text, Exception? inner = null) : Exception(text.En, inner)
{
    public LocalizedText Text { get; } = text;
}
