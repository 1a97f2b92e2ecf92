using Approvals.Text;

namespace Approvals.Workflows.Runtime;

/// <summary>An expression that cannot be evaluated; it becomes an incident of the activity that needed it.</summary>
public sealed class ExpressionException(LocalizedText text, Exception? inner = null) : ActivityFaultException(text, inner);
