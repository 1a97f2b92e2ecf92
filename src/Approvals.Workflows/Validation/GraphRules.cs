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
        var (activities, starts) = (graph.Activities, graph.Starts);
        if (starts.Count == 0)
            errors.Add(new ValidationError("$.root.activities", Texts.Text(Texts.GraphRules_FlowchartNeedsStartActivity)));
        foreach (var extra in starts.Skip(1))
            errors.Add(new ValidationError(extra.Path, Texts.Text(Texts.GraphRules_FlowchartHasMoreThanOneStart, starts[0].Model.Id, extra.Model.Id)));

        if (starts.Count > 0)
        {
            var reachable = graph.Reachable(starts[0].Model.Id);
            foreach (var activity in activities.Values.Where(a => !reachable.Contains(a.Model.Id)).OrderBy(a => a.Index))
                errors.Add(new ValidationError(activity.Path, Texts.Text(Texts.GraphRules_ActivityCannotBeReachedFromStart, activity.Model.Id)));
        }

        foreach (var activity in activities.Values.Where(a => a.Activity.Descriptor.RequiresConnectedOutcomes).OrderBy(a => a.Index))
        {
            foreach (var port in ActivityPorts.Of(activity.Model, activity.Activity.Descriptor) ?? [])
            {
                if (!graph.IsConnected(activity.Model.Id, port))
                    errors.Add(new ValidationError(activity.Path, Texts.Text(Texts.GraphRules_OutcomeOfActivityLeadsNowhereConnect, activity.Model.Id, port)));
            }
        }
    }
}
