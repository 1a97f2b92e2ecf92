using Approvals.UseCases.Cases;

namespace Approvals.Web.Features.Applications.Pages;

/// <summary>
/// Places each reviewer's comment meant for the applicant on the timeline: on the status its decision set, or, when
/// the decision set none (a first approval the second level still reviews), on the status it was made in.
/// </summary>
public static class TimelineComments
{
    public static (ILookup<int, DecisionView> ByStep, IReadOnlyList<DecisionView> LeftOver) Place(
        IReadOnlyList<TimelineView> timeline, IEnumerable<DecisionView> decisions)
    {
        var placed = new List<(int Step, DecisionView Decision)>();
        var leftOver = new List<DecisionView>();
        foreach (var decision in decisions.Where(d => !string.IsNullOrWhiteSpace(d.Comment) && d.DecidedAt is not null).OrderBy(d => d.DecidedAt))
        {
            // A decision is dated with the step it caused, as is any status that step set.
            var step = LastIndex(timeline, entry => entry.Note is null && entry.At <= decision.DecidedAt);
            if (step < 0)
                leftOver.Add(decision);
            else
                placed.Add((step, decision));
        }
        return (placed.ToLookup(p => p.Step, p => p.Decision), leftOver);
    }

    private static int LastIndex(IReadOnlyList<TimelineView> timeline, Func<TimelineView, bool> match)
    {
        for (var i = timeline.Count - 1; i >= 0; i--)
        {
            if (match(timeline[i]))
                return i;
        }
        return -1;
    }
}
