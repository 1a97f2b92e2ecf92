using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Approvals.UseCases.Definitions;
using Approvals.UseCases.Instances;
using Approvals.UseCases.People;

namespace Approvals.Web.Components.Shared;

/// <summary>Reads what <see cref="InstanceLabels"/> needs for one instance: its definition version and the people it names.</summary>
public sealed class InstanceLabelsReader(IWorkflowDefinitions definitions, ActivityRegistry registry, IUserDisplayNames people)
{
    public async Task<InstanceLabels> ReadAsync(InstanceDetails instance, CancellationToken cancellationToken)
    {
        // The instance runs on its own version, whatever has been published since.
        var row = await definitions.GetAsync(instance.Instance.DefinitionId, instance.Instance.DefinitionVersion, cancellationToken);
        return await ReadAsync(instance, IWorkflowDefinitions.Parse(row), cancellationToken);
    }

    /// <summary>For a page that has already read the instance's definition version.</summary>
    public async Task<InstanceLabels> ReadAsync(InstanceDetails instance, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var named = instance.Journal.Select(j => j.Actor)
            .Concat(instance.Tasks.SelectMany(t => new[] { t.Assignee, t.CompletedBy }));
        return InstanceLabels.For(definition, registry, await people.ForAsync(named, cancellationToken));
    }
}
