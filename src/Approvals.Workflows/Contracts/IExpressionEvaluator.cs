using System.Text.Json.Nodes;

namespace Approvals.Workflows.Contracts;

public interface IExpressionEvaluator
{
    /// <summary>Parses without running; returns the parser's message when it does not compile.</summary>
    string? CheckSyntax(string language, string expression);

    /// <summary>Runs a sandboxed expression that sees <c>variables</c> and <c>input</c>, both copies: only Elsa's <c>setVariable</c> writes back to <paramref name="variables"/>.</summary>
    /// <exception cref="Runtime.ExpressionException">it does not compile, throws, or breaks a sandbox limit.</exception>
    JsonNode? Evaluate(string language, string expression, JsonObject variables, JsonObject input, CancellationToken cancellationToken);
}
