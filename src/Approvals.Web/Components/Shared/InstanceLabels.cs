using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;

namespace Approvals.Web.Components.Shared;

/// <summary>
/// How the pages name what an instance's journal, tasks and incidents record: an activity by its name in the
/// definition version the instance runs on, an activity type by the registry's display name in the UI's
/// language, a person by the name they gave. Each falls back to the recorded identifier.
/// </summary>
public sealed class InstanceLabels(IReadOnlyDictionary<string, string> activityNames, ActivityRegistry registry, IReadOnlyDictionary<string, string> people)
{
    public static InstanceLabels For(WorkflowDefinition definition, ActivityRegistry registry, IReadOnlyDictionary<string, string> people) => new(
        definition.Root.Activities
            .Where(a => !string.IsNullOrWhiteSpace(a.Id) && !string.IsNullOrWhiteSpace(a.Name))
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(a => a.Id, a => a.Name!.Trim(), StringComparer.Ordinal),
        registry,
        people);

    /// <summary>Instance-wide events (started, finished) belong to no activity.</summary>
    public string Activity(string activityId) =>
        activityId.Length == 0 ? "—" : activityNames.GetValueOrDefault(activityId, activityId);

    public string Type(string type) => registry.Find(type)?.Descriptor.DisplayName.Local() ?? type;

    public string Person(string? actor) => actor is null ? "" : people.GetValueOrDefault(actor, actor);
}
