using Approvals.Text;

namespace Approvals.Workflows.Runtime;

/// <summary>The actor may not complete this task, e.g. the same person already decided an earlier step (four eyes).</summary>
public sealed class ActorExcludedRefusal(LocalizedText text) : ConflictRefusal(text);
