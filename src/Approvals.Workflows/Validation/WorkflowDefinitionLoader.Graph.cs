using Approvals.Workflows.Activities;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Validation;

public sealed partial class WorkflowDefinitionLoader
{
    private static void ValidateGraph(
        WorkflowDefinition definition,
        Dictionary<string, (int Index, ActivityModel Model, IActivity Activity)> activities,
        List<ValidationError> errors)
    {
        var connections = UsableConnections(definition, activities);
        var starts = activities.Values.Where(a => a.Model.Type == StartActivity.TypeName).OrderBy(a => a.Index).ToList();
        if (starts.Count == 0)
            errors.Add(new ValidationError("$.root.activities", new("流程图需要一个“开始”（Start）活动。", "The flowchart needs a Start activity.")));
        foreach (var extra in starts.Skip(1))
            errors.Add(new ValidationError($"$.root.activities[{extra.Index}]", new(
                $"流程图有不止一个“开始”活动：“{starts[0].Model.Id}”和“{extra.Model.Id}”。",
                $"The flowchart has more than one Start activity: '{starts[0].Model.Id}' and '{extra.Model.Id}'.")));

        if (starts.Count > 0)
        {
            var reachable = Reachable(starts[0].Model.Id, connections, excluded: null);
            foreach (var activity in activities.Values.Where(a => !reachable.Contains(a.Model.Id)).OrderBy(a => a.Index))
                errors.Add(new ValidationError($"$.root.activities[{activity.Index}]", new(
                    $"从“开始”无法到达活动“{activity.Model.Id}”。",
                    $"Activity '{activity.Model.Id}' cannot be reached from Start.")));
        }

        foreach (var activity in activities.Values.Where(a => a.Activity.Descriptor.RequiresConnectedOutcomes).OrderBy(a => a.Index))
        {
            foreach (var port in ActivityPorts.Of(activity.Model, activity.Activity.Descriptor) ?? [])
            {
                if (!connections.Any(c => c.Source.Activity == activity.Model.Id && c.Source.Port == port))
                    errors.Add(new ValidationError($"$.root.activities[{activity.Index}]", new(
                        $"活动“{activity.Model.Id}”的结果“{port}”没有连到任何活动：请连上。",
                        $"Outcome '{port}' of activity '{activity.Model.Id}' leads nowhere: connect it.")));
            }
        }

        ValidateJoins(activities, connections, starts.Count > 0 ? starts[0].Model.Id : null, errors);
    }

    private static HashSet<string> Reachable(string from, List<ConnectionModel> connections, (string Activity, string Port)? excluded)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var id))
        {
            foreach (var c in connections)
            {
                if (c.Source.Activity != id || (excluded is { } x && c.Source.Activity == x.Activity && c.Source.Port == x.Port))
                    continue;
                if (seen.Add(c.Target.Activity))
                    pending.Push(c.Target.Activity);
            }
        }
        return seen;
    }
}
