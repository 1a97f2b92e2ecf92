using Approvals.Workflows.Diff;
using Approvals.Workflows.Models;
using Approvals.Workflows.Serialization;

namespace Approvals.Web.Features.Designer.Model;

/// <summary>
/// What the canvas draws for a comparison: the later version, with the activities it removed put back where they
/// were (and the connections they had to what is left), so a regulator sees what went as well as what came.
/// </summary>
public sealed record DiffDrawing(string DefinitionJson, DiffMarks Marks)
{
    public static DiffDrawing Of(WorkflowDefinition before, WorkflowDefinition after, DefinitionDiff diff)
    {
        var drawn = WorkflowDefinitionJson.Deserialize(WorkflowDefinitionJson.Serialize(after));
        var removed = diff.RemovedActivities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        drawn.Root.Activities.AddRange(before.Root.Activities.Where(a => removed.Contains(a.Id)));
        var present = drawn.Root.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        drawn.Root.Connections.AddRange(before.Root.Connections.Where(c =>
            (removed.Contains(c.Source.Activity) || removed.Contains(c.Target.Activity))
            && present.Contains(c.Source.Activity) && present.Contains(c.Target.Activity)));
        var marks = new DiffMarks(
            [.. diff.AddedActivities.Select(a => a.Id)],
            [.. removed],
            [.. diff.ChangedActivities.Select(c => c.Activity.Id)]);
        return new DiffDrawing(WorkflowDefinitionJson.Serialize(drawn), marks);
    }
}
