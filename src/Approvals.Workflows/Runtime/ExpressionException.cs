namespace Approvals.Workflows.Runtime;

/// <summary>An expression did not compile, threw, or broke a sandbox limit (time, memory, recursion).</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
