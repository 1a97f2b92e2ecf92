using System.Text.Json;
using System.Text.Json.Serialization;

namespace Approvals.Workflows.Models;

/// <summary>A procedure as regulators draw it, shaped like an Elsa 3 flowchart definition.</summary>
public sealed class WorkflowDefinition
{
    public string DefinitionId { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The procedure's name per language; <see cref="Name"/> when a language is missing.</summary>
    public Dictionary<string, string>? Names { get; set; }

    public string? Description { get; set; }

    /// <summary>The description per language; <see cref="Description"/> when a language is missing.</summary>
    public Dictionary<string, string>? Descriptions { get; set; }
    public int Version { get; set; } = 1;
    public bool IsPublished { get; set; }
    public List<VariableDefinition> Variables { get; set; } = [];
    public FlowchartModel Root { get; set; } = new();

    /// <summary>Fields this model does not know, kept so that loading then saving loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
