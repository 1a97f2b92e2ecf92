using System.Text.Json.Nodes;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Tests.Support;

/// <summary>Builds small definitions in code: activities in order, connected by <c>Connect</c>.</summary>
public sealed class FlowchartBuilder
{
    private readonly WorkflowDefinition _definition = new() { DefinitionId = "test", Name = "Test" };

    public FlowchartBuilder Activity(string id, string type, JsonObject? inputs = null)
    {
        _definition.Root.Activities.Add(new ActivityModel { Id = id, Type = type, Inputs = inputs ?? [] });
        return this;
    }

    public FlowchartBuilder Connect(string source, string target, string port = "Done")
    {
        _definition.Root.Connections.Add(new ConnectionModel
        {
            Source = new ConnectionEndpoint { Activity = source, Port = port },
            Target = new ConnectionEndpoint { Activity = target, Port = "In" },
        });
        return this;
    }

    public FlowchartBuilder Variable(string name, JsonNode? value)
    {
        _definition.Variables.Add(new VariableDefinition { Name = name, Value = value });
        return this;
    }

    public WorkflowDefinition Build() => _definition;

    public static JsonObject Js(string expression) => InputValue.Expression(expression);
}
