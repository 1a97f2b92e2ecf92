using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace Approvals.Workflows.Expressions;

/// <summary>
/// The functions Elsa 3 gives its scripts, so that a script written for Elsa runs here unchanged:
/// <c>getVariable(name)</c>, <c>setVariable(name, value)</c> and <c>getInput(name)</c>, over the same objects a script
/// reads as <c>variables</c> and <c>input</c>. <c>setVariable</c> is the one way a script changes a variable: the
/// evaluator writes what it set back to the instance once the script has run without error.
/// </summary>
internal static class ElsaScriptHelpers
{
    /// <returns>The names the script sets through <c>setVariable</c>, filled while it runs.</returns>
    public static IReadOnlyCollection<string> Define(Engine engine, string expression, ObjectInstance? variables)
    {
        var written = new List<string>();
        if (expression.Contains("getInput", StringComparison.Ordinal))
            engine.SetValue("getInput", new Func<string, JsValue>(name => engine.GetValue("input").AsObject().Get(name)));
        if (variables is null)
            return written;
        if (expression.Contains("getVariable", StringComparison.Ordinal))
            engine.SetValue("getVariable", new Func<string, JsValue>(name => variables.Get(name)));
        if (expression.Contains("setVariable", StringComparison.Ordinal))
        {
            engine.SetValue("setVariable", new Action<string, JsValue>((name, value) =>
            {
                variables.Set(name, value);
                if (!written.Contains(name, StringComparer.Ordinal))
                    written.Add(name);
            }));
        }
        return written;
    }
}
