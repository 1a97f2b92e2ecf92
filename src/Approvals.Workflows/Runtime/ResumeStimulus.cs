using System.Text.Json.Nodes;

namespace Approvals.Workflows.Runtime;

/// <summary>What resumes a bookmark: a task's outcome and form data, a reply, a timer firing.</summary>
public sealed record ResumeStimulus(
    string? Outcome = null,
    JsonObject? Data = null,
    string? Actor = null,
    string? Comment = null);
