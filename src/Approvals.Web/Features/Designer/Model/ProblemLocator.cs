using System.Text.RegularExpressions;
using Approvals.Web.Localization;
using Approvals.Workflows.Models;
using Approvals.Workflows.Validation;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>A validation problem as the designer lists it: the activity it is about, when there is one.</summary>
public sealed record DesignerProblem(string? ActivityId, string Path, string Message);

/// <summary>
/// Finds the activity a validation path points at (<c>$.root.activities[3].inputs.title</c>, or a connection's
/// source for <c>$.root.connections[2]</c>) so the canvas can mark it and the list can select it.
/// </summary>
public static partial class ProblemLocator
{
    public static IReadOnlyList<DesignerProblem> Locate(WorkflowDefinition definition, IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return [.. errors.Select(e => new DesignerProblem(ActivityOf(definition, e.Path), e.Path, e.Local()))];
    }

    private static string? ActivityOf(WorkflowDefinition definition, string path)
    {
        var activities = ActivityIndex().Match(path);
        if (activities.Success)
            return definition.Root.Activities.ElementAtOrDefault(int.Parse(activities.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))?.Id;
        var connections = ConnectionIndex().Match(path);
        if (!connections.Success)
            return null;
        var connection = definition.Root.Connections.ElementAtOrDefault(int.Parse(connections.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (connection is null)
            return null;
        var ids = definition.Root.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        // A dangling target is the connection's fault, shown on the activity it leaves.
        return ids.Contains(connection.Source.Activity) ? connection.Source.Activity
            : ids.Contains(connection.Target.Activity) ? connection.Target.Activity : null;
    }

    [GeneratedRegex(@"^\$\.root\.activities\[(\d+)\]")]
    private static partial Regex ActivityIndex();

    [GeneratedRegex(@"^\$\.root\.connections\[(\d+)\]")]
    private static partial Regex ConnectionIndex();
}
