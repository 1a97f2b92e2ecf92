using System.Text.Json;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Approvals.Workflows.Serialization;

namespace Approvals.Workflows.Validation;

/// <summary>Parses and validates definitions, reporting every problem at once with its JSON path.</summary>
public sealed class WorkflowDefinitionLoader(ActivityRegistry registry, IExpressionEvaluator expressions) : IWorkflowDefinitionLoader
{
    /// <summary>The problem of a definition without an id, which cannot even be stored as a draft.</summary>
    public static ValidationError MissingDefinitionId { get; } =
        new("$.definitionId", Texts.Text(Texts.WorkflowDefinitionLoader_DefinitionNeedsDefinitionId));

    public DefinitionLoadResult Load(string json)
    {
        WorkflowDefinition definition;
        try
        {
            definition = WorkflowDefinitionJson.Deserialize(json);
        }
        catch (JsonException ex)
        {
            return new DefinitionLoadResult(null, [MalformedJson(ex)]);
        }
        return new DefinitionLoadResult(definition, Validate(definition));
    }

    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
            errors.Add(MissingDefinitionId);
        if (string.IsNullOrWhiteSpace(definition.Name))
            errors.Add(new ValidationError("$.name", Texts.Text(Texts.WorkflowDefinitionLoader_DefinitionNeedsName)));
        VariableRules.Check(definition, errors);
        var activities = new ActivityRules(registry, expressions).Check(definition, errors);
        ConnectionRules.Check(definition, activities, errors);
        var graph = new FlowGraph(definition, activities);
        GraphRules.Check(graph, errors);
        JoinRules.Check(graph, errors);
        return errors;
    }

    public CompiledWorkflow Compile(WorkflowDefinition definition)
    {
        var errors = Validate(definition);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"Workflow '{definition.DefinitionId}' is not valid:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Message}"))}");
        }
        return new CompiledWorkflow(definition);
    }

    private static ValidationError MalformedJson(JsonException ex)
    {
        // The parser counts from zero; people count lines and columns from one.
        var line = (ex.LineNumber ?? 0) + 1;
        var position = (ex.BytePositionInLine ?? 0) + 1;
        var reason = ex.Message;
        var cut = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut > 0)
            reason = reason[..cut];
        return new ValidationError(ex.Path ?? "$", Texts.Text(Texts.WorkflowDefinitionLoader_MalformedJSONAtLinePosition, line, position, reason));
    }

    /// <summary>
    /// An expression the engine cannot parse, naming the activity and the input (as the property panel labels it,
    /// with the JSON name) so a regulator finds it without reading the path; the parser's own words follow, untranslated.
    /// </summary>
    public static ValidationError ExpressionProblem(string path, string activityId, InputDescriptor input, string inputName, string parserMessage) =>
        new(path, Texts.Text(Texts.WorkflowDefinitionLoader_ExpressionDoesNotCompile, activityId, input.DisplayName.ZhCn, inputName, parserMessage, input.DisplayName.En));
}
