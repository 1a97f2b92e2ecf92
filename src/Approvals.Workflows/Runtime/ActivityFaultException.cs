using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Runtime;

/// <summary>An activity cannot go on with what the instance gives it; the step records an incident saying why.</summary>
public sealed class ActivityFaultException(LocalizedText text) : LocalizedException(text);
