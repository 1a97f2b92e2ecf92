using Approvals.UseCases.Records;
using Approvals.Workflows.Models;
using Approvals.Workflows.Serialization;

namespace Approvals.UseCases.Definitions;

/// <summary>
/// The procedures' definitions as pages read them: the list, one procedure's versions, and one version. Infrastructure's
/// <c>WorkflowDefinitionService</c> implements it and keeps saving and publishing.
/// </summary>
public interface IWorkflowDefinitions
{
    Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken);

    /// <exception cref="Approvals.Text.NotFoundRefusal">no such procedure.</exception>
    Task<IReadOnlyList<DefinitionVersionInfo>> VersionsAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>The latest version (draft or published), or the given one.</summary>
    /// <exception cref="Approvals.Text.NotFoundRefusal">no such procedure or version.</exception>
    Task<WorkflowDefinitionVersion> GetAsync(string definitionId, int? version, CancellationToken cancellationToken);

    /// <summary>The definition a stored version holds.</summary>
    static WorkflowDefinition Parse(WorkflowDefinitionVersion row) => WorkflowDefinitionJson.Deserialize(row.Json);
}
