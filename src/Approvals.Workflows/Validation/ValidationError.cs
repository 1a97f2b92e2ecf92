namespace Approvals.Workflows.Validation;

/// <summary>One problem of a definition, located by a JSON path such as <c>$.root.activities[3].inputs.title</c>.</summary>
public sealed record ValidationError(string Path, string Message);
