using Approvals.Workflows.Models;

namespace Approvals.Workflows.Runtime;

internal sealed partial class WorkflowStep
{
    /// <summary>Records a branch arriving at a join; true when the join should run now.</summary>
    private bool Arrive(ActivityModel join, ConnectionModel via)
    {
        if (_graph.IsWaitAny(join.Id))
        {
            if (state.FiredJoins.Contains(join.Id))
                return false;
            state.FiredJoins.Add(join.Id);
            CancelOtherBranches(join, via.Source.Activity);
            return true;
        }

        if (!state.JoinArrivals.TryGetValue(join.Id, out var arrived))
            state.JoinArrivals[join.Id] = arrived = [];
        var key = FlowGraph.ArrivalKey(via);
        if (!arrived.Contains(key))
            arrived.Add(key);
        if (!_graph.WaitsFor(join.Id).All(arrived.Contains))
            return false;
        state.JoinArrivals.Remove(join.Id);
        return true;
    }

    /// <summary>A WaitAny join went on with one branch: the others' waits (tasks, timers) must not linger.</summary>
    private void CancelOtherBranches(ActivityModel join, string arrivingFrom)
    {
        foreach (var bookmark in state.Bookmarks.Where(b => b.ActivityId != arrivingFrom && _graph.CanReach(b.ActivityId, join.Id)).ToList())
        {
            state.Bookmarks.Remove(bookmark);
            var reason = Texts.Text(Texts.WorkflowStep_JoinContinuedWithAnotherBranch, join.Id);
            Effects.Add(new BookmarkCancelled(bookmark.Id, reason.En));
            Journal.Add(new JournalEntry(now, bookmark.ActivityId, bookmark.ActivityType, JournalEvent.BookmarkCancelled, Message: reason.En, MessageZhCn: reason.ZhCn));
        }
    }

    /// <summary>A fork starts a new round for the joins after it, so a loop through the fork joins again.</summary>
    private void OpenJoinRound(string forkId)
    {
        foreach (var joinId in _graph.JoinsAfter(forkId))
        {
            state.JoinArrivals.Remove(joinId);
            state.FiredJoins.Remove(joinId);
        }
    }
}
