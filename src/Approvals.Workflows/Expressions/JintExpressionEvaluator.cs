using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Acornima.Ast;
using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Options;
using Approvals.Workflows.Runtime;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Microsoft.Extensions.Options;

namespace Approvals.Workflows.Expressions;

/// <summary>
/// Runs JavaScript in a Jint sandbox: strict mode, no CLR access, and time, memory, recursion and statement
/// limits. Scripts see <c>variables</c> and <c>input</c> as plain JS objects parsed from JSON, so they
/// cannot reach .NET objects, and Elsa's helpers (<see cref="ElsaScriptHelpers"/>). Parsed scripts are cached per text; an engine is made per evaluation so that
/// nothing leaks from one evaluation to the next.
/// </summary>
public sealed class JintExpressionEvaluator(IOptions<WorkflowEngineOptions> options) : IExpressionEvaluator
{
    private const int MaxCachedScripts = 2048;

    private readonly ExpressionSandboxOptions _sandbox = options.Value.Expressions;
    private readonly ConcurrentDictionary<string, Prepared<Script>> _scripts = new(StringComparer.Ordinal);

    public string? CheckSyntax(string language, string expression)
    {
        if (IsLanguage(language, InputValue.Literal) || IsLanguage(language, InputValue.Liquid))
            return null;
        if (!IsLanguage(language, InputValue.JavaScript))
            return UnknownLanguage(language).En;
        try
        {
            Prepare(expression);
            return null;
        }
        catch (ScriptPreparationException ex)
        {
            return ex.InnerException?.Message ?? ex.Message;
        }
    }

    public JsonNode? Evaluate(string language, string expression, JsonObject variables, JsonObject input, CancellationToken cancellationToken)
    {
        if (IsLanguage(language, InputValue.Literal))
            return JsonValue.Create(expression);
        if (IsLanguage(language, InputValue.Liquid))
            return JsonValue.Create(TemplateRenderer.Render(expression, variables, input, htmlEncode: false));
        if (!IsLanguage(language, InputValue.JavaScript))
            throw new ExpressionException(UnknownLanguage(language));

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var script = Prepare(expression);
            var engine = CreateEngine(cancellationToken);
            // Only the objects a script names are materialised: most conditions read one or two variables.
            var scriptVariables = expression.Contains("ariable", StringComparison.Ordinal) ? ParseJson(engine, variables).AsObject() : null;
            if (scriptVariables is not null)
                engine.SetValue("variables", scriptVariables);
            if (expression.Contains("nput", StringComparison.Ordinal))
                engine.SetValue("input", ParseJson(engine, input));
            var written = ElsaScriptHelpers.Define(engine, expression, scriptVariables);
            var result = ToJsonNode(engine, engine.Evaluate(in script));
            foreach (var name in written)
                variables[name] = ToJsonNode(engine, scriptVariables!.Get(name));
            return result;
        }
        catch (ScriptPreparationException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            throw new ExpressionException(Texts.Text(Texts.JintExpressionEvaluator_ExpressionDoesNotCompile, reason), ex);
        }
        catch (JavaScriptException ex)
        {
            throw Failed(ex, expression);
        }
        // A regular expression runs inside one statement, where the statement clock cannot stop it: .NET's own
        // match timeout, set to the same budget, does.
        catch (Exception ex) when (ex is TimeoutException or RegexMatchTimeoutException || ex.InnerException is RegexMatchTimeoutException)
        {
            var ms = _sandbox.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
            throw new ExpressionException(Texts.Text(Texts.JintExpressionEvaluator_ExpressionTimedOutAfterMsIn, ms, Shorten(expression)), ex);
        }
        catch (MemoryLimitExceededException ex)
        {
            throw new ExpressionException(Texts.Text(Texts.JintExpressionEvaluator_ExpressionUsedMoreThanBytesOf, _sandbox.MemoryLimitBytes, Shorten(expression)), ex);
        }
        catch (RecursionDepthOverflowException ex)
        {
            throw new ExpressionException(Texts.Text(Texts.JintExpressionEvaluator_ExpressionRecursedDeeperThanCallsIn, _sandbox.RecursionLimit, Shorten(expression)), ex);
        }
        catch (StatementsCountOverflowException ex)
        {
            throw new ExpressionException(Texts.Text(Texts.JintExpressionEvaluator_ExpressionRanMoreThanStatementsIn, _sandbox.MaxStatements, Shorten(expression)), ex);
        }
        catch (ExecutionCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (JintException ex)
        {
            throw Failed(ex, expression);
        }
    }

    private Prepared<Script> Prepare(string expression)
    {
        if (_scripts.TryGetValue(expression, out var cached))
            return cached;
        var prepared = Engine.PrepareScript(expression, strict: true);
        if (_scripts.Count >= MaxCachedScripts)
            _scripts.Clear();
        _scripts.TryAdd(expression, prepared);
        return prepared;
    }

    private Engine CreateEngine(CancellationToken cancellationToken) => new(o => o
        .Strict()
        .TimeoutInterval(_sandbox.Timeout)
        .RegexTimeoutInterval(_sandbox.Timeout)
        .LimitMemory(_sandbox.MemoryLimitBytes)
        .LimitRecursion(_sandbox.RecursionLimit)
        .MaxStatements(_sandbox.MaxStatements)
        .CancellationToken(cancellationToken));

    private static JsValue ParseJson(Engine engine, JsonObject json) =>
        new Jint.Native.Json.JsonParser(engine).Parse(json.ToJsonString());

    private static JsonNode? ToJsonNode(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
            return null;
        if (value.IsBoolean())
            return JsonValue.Create(value.AsBoolean());
        if (value.IsString())
            return JsonValue.Create(value.AsString());
        if (value.IsNumber())
        {
            var number = value.AsNumber();
            if (double.IsNaN(number) || double.IsInfinity(number))
                return null;
            return number == Math.Floor(number) && Math.Abs(number) < 9e15 ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }
        var json = new Jint.Native.Json.JsonSerializer(engine).Serialize(value);
        return json.IsUndefined() ? null : JsonNode.Parse(json.AsString());
    }

    private static bool IsLanguage(string language, string expected) => string.Equals(language, expected, StringComparison.OrdinalIgnoreCase);

    // Jint's own words (a JavaScript error message) are kept as they are: they name the script's problem exactly.
    private static ExpressionException Failed(Exception ex, string expression) =>
        new(Texts.Text(Texts.JintExpressionEvaluator_ExpressionFailedIn, ex.Message, Shorten(expression)), ex);

    private static LocalizedText UnknownLanguage(string language) => Texts.Text(Texts.JintExpressionEvaluator_UnknownExpressionTypeUseOr, language, InputValue.JavaScript, InputValue.Literal, InputValue.Liquid);

    private static string Shorten(string expression) => expression.Length <= 80 ? expression : expression[..77] + "...";
}
