using Approvals.Workflows.Models;

namespace Approvals.Workflows.Runtime;

/// <summary>
/// A validated definition indexed for execution. Immutable: the host caches one per definition version so
/// that no step parses JSON again.
/// </summary>
public sealed class CompiledWorkflow
{
    public CompiledWorkflow(WorkflowDefinition definition)
    {
        Definition = definition;
        ActivitiesById = definition.Root.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        Outgoing = definition.Root.Connections
            .GroupBy(c => (c.Source.Activity, c.Source.Port))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ConnectionModel>)g.ToList());
        Incoming = definition.Root.Connections
            .GroupBy(c => c.Target.Activity)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ConnectionModel>)g.ToList(), StringComparer.Ordinal);
    }

    public WorkflowDefinition Definition { get; }
    public string DefinitionId => Definition.DefinitionId;
    public int Version => Definition.Version;
    public IReadOnlyDictionary<string, ActivityModel> ActivitiesById { get; }
    public IReadOnlyDictionary<(string Activity, string Port), IReadOnlyList<ConnectionModel>> Outgoing { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<ConnectionModel>> Incoming { get; }

    public IReadOnlyList<ConnectionModel> OutgoingFrom(string activityId, string port) =>
        Outgoing.TryGetValue((activityId, port), out var list) ? list : [];

    public IReadOnlyList<ConnectionModel> IncomingTo(string activityId) =>
        Incoming.TryGetValue(activityId, out var list) ? list : [];
}
