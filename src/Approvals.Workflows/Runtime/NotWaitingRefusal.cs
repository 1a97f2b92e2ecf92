using Approvals.Text;

namespace Approvals.Workflows.Runtime;

/// <summary>
/// A stimulus the instance no longer waits for: the step was already taken, or the instance ended. Timers and
/// late answers that meet it have lost a race and are dropped; a person who meets it is told it is too late.
/// </summary>
public sealed class NotWaitingRefusal(LocalizedText text) : ConflictRefusal(text);
