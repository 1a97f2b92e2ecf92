using System.Text.Json.Nodes;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Tests.Support;

/// <summary>
/// A valid definition of any size, built from blocks of five activities: a Fork into a HumanTask and a SetVariable,
/// a WaitAll Join of the two, and a Decision whose True leads to the next block and whose False ends the flow. Every
/// rule has work to do (expressions, joins behind exclusive ports, outcomes to connect). The benchmarks link this file.
/// </summary>
public static class LargeFlowchart
{
    public const int ActivitiesPerBlock = 5;

    public static WorkflowDefinition WithBlocks(int blocks)
    {
        var definition = new WorkflowDefinition { DefinitionId = "large", Name = "Large" };
        definition.Variables.Add(new VariableDefinition { Name = "count", Value = 0 });
        Add(definition, "start", "Start");
        Add(definition, "end", "End");
        var previous = ("start", "Done");
        for (var i = 0; i < blocks; i++)
        {
            Add(definition, $"fork{i}", "Fork", new JsonObject { ["branches"] = new JsonArray("task", "count") });
            Add(definition, $"task{i}", "HumanTask", new JsonObject { ["title"] = $"Review {i}", ["role"] = "Reviewer", ["outcomes"] = new JsonArray("Done") });
            Add(definition, $"count{i}", "SetVariable", new JsonObject { ["variable"] = "count", ["value"] = InputValue.Expression($"count + {i}") });
            Add(definition, $"join{i}", "Join");
            Add(definition, $"decide{i}", "Decision", new JsonObject { ["condition"] = InputValue.Expression($"count > {i}") });
            Connect(definition, previous, $"fork{i}");
            Connect(definition, ($"fork{i}", "task"), $"task{i}");
            Connect(definition, ($"fork{i}", "count"), $"count{i}");
            Connect(definition, ($"task{i}", "Done"), $"join{i}");
            Connect(definition, ($"count{i}", "Done"), $"join{i}");
            Connect(definition, ($"join{i}", "Done"), $"decide{i}");
            Connect(definition, ($"decide{i}", "False"), "end");
            previous = ($"decide{i}", "True");
        }
        Connect(definition, previous, "end");
        return definition;
    }

    private static void Add(WorkflowDefinition definition, string id, string type, JsonObject? inputs = null) =>
        definition.Root.Activities.Add(new ActivityModel { Id = id, Type = type, Inputs = inputs ?? [] });

    private static void Connect(WorkflowDefinition definition, (string Activity, string Port) source, string target) =>
        definition.Root.Connections.Add(new ConnectionModel
        {
            Source = new ConnectionEndpoint { Activity = source.Activity, Port = source.Port },
            Target = new ConnectionEndpoint { Activity = target, Port = "In" },
        });
}
