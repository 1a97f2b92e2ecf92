using System.Text.Json.Nodes;
using Approvals.Workflows.Activities;
using Approvals.Workflows.Models;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Validation;

/// <summary>
/// Whether the human tasks' due dates fit inside a procedure's statutory limit: along every path from Start to an
/// End, the literal working-day <c>dueIn</c> of the HumanTasks met are added up. A loop is counted once (the
/// connection back into it is left out); correction requests are no human task, and their wait stops the clock
/// anyway. A due date given by an expression, or in elapsed time, is not counted: it cannot be known here.
/// </summary>
public static class DueDateBudget
{
    /// <summary>The path whose due dates add up to the most working days, and that sum; null without a Start reaching an End.</summary>
    public static (IReadOnlyList<string> Path, int WorkingDays)? LongestPath(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var activities = definition.Root.Activities.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var start = definition.Root.Activities.FirstOrDefault(a => a.Type == StartActivity.TypeName);
        if (start is null)
            return null;
        var next = definition.Root.Connections
            .Where(c => activities.ContainsKey(c.Source.Activity) && activities.ContainsKey(c.Target.Activity))
            .GroupBy(c => c.Source.Activity, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Target.Activity).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var forward = ForwardConnections(start.Id, next);
        var best = new Dictionary<string, (int Days, string? Next)?>(StringComparer.Ordinal);
        var longest = Longest(start.Id, activities, forward, best);
        if (longest is null)
            return null;
        var path = new List<string>();
        for (string? id = start.Id; id is not null; id = best[id]!.Value.Next)
            path.Add(id);
        return (path, longest.Value);
    }

    /// <summary>The warning for a definition whose longest path exceeds <paramref name="limitWorkingDays"/>; none when it fits.</summary>
    public static IEnumerable<ValidationError> Check(WorkflowDefinition definition, int limitWorkingDays)
    {
        if (LongestPath(definition) is not { } longest || longest.WorkingDays <= limitWorkingDays)
            yield break;
        var index = definition.Root.Activities.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var tasks = longest.Path.Select(id => definition.Root.Activities.First(a => a.Id == id)).Where(a => WorkingDaysDue(a) > 0).ToList();
        var sum = 0;
        var over = tasks.First(t => (sum += WorkingDaysDue(t)) > limitWorkingDays);
        var route = string.Join(" → ", longest.Path);
        var named = string.Join(" + ", tasks.Select(t => $"{t.Id} {WorkingDaysDue(t)}"));
        yield return new ValidationError($"$.root.activities[{index[over]}].inputs.dueIn", Texts.Text(Texts.DueDateBudget_HumanTasksDueDatesAddUp, longest.WorkingDays, named, limitWorkingDays, route));
    }

    private static int WorkingDaysDue(ActivityModel activity) =>
        activity.Type == HumanTaskActivity.TypeName
        && activity.Inputs["dueIn"] is JsonValue value && value.TryGetValue(out string? text)
        && WorkflowDuration.TryParse(text, out var duration) && duration.IsWorkingTime
            ? duration.WorkingDays
            : 0;

    /// <summary>The connections of a depth-first walk from Start that do not go back to an activity still on the walk.</summary>
    private static Dictionary<string, List<string>> ForwardConnections(string start, Dictionary<string, List<string>> next)
    {
        var forward = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var onWalk = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Id, int Child)>();
        stack.Push((start, 0));
        onWalk.Add(start);
        forward[start] = [];
        while (stack.TryPop(out var frame))
        {
            var targets = next.GetValueOrDefault(frame.Id) ?? [];
            if (frame.Child >= targets.Count)
            {
                onWalk.Remove(frame.Id);
                done.Add(frame.Id);
                continue;
            }
            stack.Push((frame.Id, frame.Child + 1));
            var target = targets[frame.Child];
            if (onWalk.Contains(target))
                continue;
            forward[frame.Id].Add(target);
            if (done.Contains(target))
                continue;
            onWalk.Add(target);
            forward[target] = [];
            stack.Push((target, 0));
        }
        return forward;
    }

    private static int? Longest(string id, Dictionary<string, ActivityModel> activities, Dictionary<string, List<string>> forward, Dictionary<string, (int Days, string? Next)?> best)
    {
        if (best.TryGetValue(id, out var known))
            return known?.Days;
        var own = WorkingDaysDue(activities[id]);
        (int Days, string? Next)? result = activities[id].Type == EndActivity.TypeName ? (own, null) : null;
        foreach (var target in forward[id])
        {
            if (Longest(target, activities, forward, best) is { } rest && (result is null || own + rest > result.Value.Days))
                result = (own + rest, target);
        }
        best[id] = result;
        return result?.Days;
    }
}
