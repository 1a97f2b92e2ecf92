using System.Globalization;
using Approvals.Web.Localization;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;
using Approvals.UseCases.Instances;

namespace Approvals.Web.Components.Shared;

/// <summary>
/// How the pages name what an instance's journal, tasks and incidents record: an activity by its name in the
/// definition version the instance runs on, an activity type by the registry's display name in the UI's
/// language, a person by the name they gave. Each falls back to the recorded identifier.
/// </summary>
public sealed class InstanceLabels(string procedure, IReadOnlyDictionary<string, string> activityNames, ActivityRegistry registry, IReadOnlyDictionary<string, string> people)
{
    /// <summary>The labels in the UI's current language: each name the definition carries per language, else its one name.</summary>
    public static InstanceLabels For(WorkflowDefinition definition, ActivityRegistry registry, IReadOnlyDictionary<string, string> people) => new(
        definition.NameIn(CultureInfo.CurrentUICulture.Name),
        definition.Root.Activities
            .Where(a => !string.IsNullOrWhiteSpace(a.Id))
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(a => a.Id, a => a.NameIn(CultureInfo.CurrentUICulture.Name), StringComparer.Ordinal),
        registry,
        people);

    /// <summary>The procedure's name in the version the instance runs on.</summary>
    public string Procedure { get; } = procedure;

    /// <summary>Instance-wide events (started, finished) belong to no activity.</summary>
    public string Activity(string activityId) =>
        activityId.Length == 0 ? "—" : activityNames.GetValueOrDefault(activityId, activityId);

    public string Type(string type) => registry.Find(type)?.Descriptor.DisplayName.Local() ?? type;

    /// <summary>The activity's type, or null for an instance-wide event (whose type is the flowchart itself).</summary>
    public string? TypeOf(JournalView entry) => entry.ActivityId.Length == 0 ? null : Type(entry.ActivityType);

    /// <summary>
    /// What the entry adds in words (a fault, why a branch was dropped). A waiting activity's note is its
    /// bookmark kind, an engine identifier that repeats the activity's type, so it is not shown.
    /// </summary>
    public static string? Note(JournalView entry) => entry.Event == JournalEvent.Suspended ? null : entry.Text?.Local();

    public string Person(string? actor) => actor is null ? "" : people.GetValueOrDefault(actor, actor);
}
