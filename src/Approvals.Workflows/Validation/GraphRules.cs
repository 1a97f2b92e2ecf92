using Approvals.Workflows.Activities;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Models;
using Approvals.Workflows.Registry;

namespace Approvals.Workflows.Validation;

/// <summary>The checks of the flow as a whole: one Start, every activity reachable from it, every outcome that must lead somewhere connected.</summary>
internal static class GraphRules
{
    public static void Check(FlowGraph graph, List<ValidationError> errors)
    {
        var (activities, connections, starts) = (graph.Activities, graph.Connections, graph.Starts);
        if (starts.Count == 0)
            errors.Add(new ValidationError("$.root.activities", new("流程图需要一个“开始”（Start）活动。", "The flowchart needs a Start activity.")));
        foreach (var extra in starts.Skip(1))
            errors.Add(new ValidationError(extra.Path, new(
                $"流程图有不止一个“开始”活动：“{starts[0].Model.Id}”和“{extra.Model.Id}”。",
                $"The flowchart has more than one Start activity: '{starts[0].Model.Id}' and '{extra.Model.Id}'.")));

        if (starts.Count > 0)
        {
            var reachable = graph.Reachable(starts[0].Model.Id);
            foreach (var activity in activities.Values.Where(a => !reachable.Contains(a.Model.Id)).OrderBy(a => a.Index))
                errors.Add(new ValidationError(activity.Path, new(
                    $"从“开始”无法到达活动“{activity.Model.Id}”。",
                    $"Activity '{activity.Model.Id}' cannot be reached from Start.")));
        }

        foreach (var activity in activities.Values.Where(a => a.Activity.Descriptor.RequiresConnectedOutcomes).OrderBy(a => a.Index))
        {
            foreach (var port in ActivityPorts.Of(activity.Model, activity.Activity.Descriptor) ?? [])
            {
                if (!connections.Any(c => c.Source.Activity == activity.Model.Id && c.Source.Port == port))
                    errors.Add(new ValidationError(activity.Path, new(
                        $"活动“{activity.Model.Id}”的结果“{port}”没有连到任何活动：请连上。",
                        $"Outcome '{port}' of activity '{activity.Model.Id}' leads nowhere: connect it.")));
            }
        }
    }
}
