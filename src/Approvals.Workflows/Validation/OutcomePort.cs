namespace Approvals.Workflows.Validation;

/// <summary>One outcome port of an activity, the start of a connection.</summary>
internal readonly record struct OutcomePort(string Activity, string Port);
