using Approvals.Workflows.Interchange;
using Approvals.Workflows.Interchange.Elsa;
using Approvals.Workflows.Models;
using Approvals.Workflows.Serialization;
using Approvals.Workflows.Validation;

namespace Approvals.UseCases.Definitions;

/// <summary>
/// Where a definition arriving in either shape becomes ours, and where ours leaves as Elsa 3 JSON. Every path that
/// saves or validates JSON passes through <see cref="ToApprovals"/>, so the import and the API accept both shapes alike.
/// </summary>
public static class DefinitionInterchange
{
    public const string ElsaFormat = "elsa";

    /// <summary>Our JSON for the text, or the refusals of an Elsa document that cannot come here.</summary>
    public static (string? Json, IReadOnlyList<ValidationError> Refusals) TryToApprovals(string json)
    {
        if (DefinitionFormats.Detect(json) != DefinitionFormat.Elsa3)
            return (json, []);
        var imported = ElsaWorkflowImporter.Import(json);
        return imported.Definition is { } definition ? (WorkflowDefinitionJson.Serialize(definition), []) : (null, imported.Refusals);
    }

    /// <exception cref="DefinitionValidationException">an Elsa document with parts that cannot come here, each listed.</exception>
    public static string ToApprovals(string json)
    {
        var (ours, refusals) = TryToApprovals(json);
        return ours ?? throw new DefinitionValidationException(refusals);
    }

    public static string ToElsa(WorkflowDefinition definition) => ElsaWorkflowExporter.Export(definition);
}
