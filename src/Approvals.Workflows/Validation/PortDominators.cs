namespace Approvals.Workflows.Validation;

/// <summary>
/// Which outcome ports lie on every path from Start to a port: the dominators of the flow graph in which each used
/// outcome port is a node between its activity and the connections' targets (Cooper, Harvey and Kennedy's iterative
/// algorithm, near-linear in the size of the graph). Asking a port's dominators walks up the dominator tree, instead
/// of searching the whole graph once for every port that might be removed.
/// </summary>
internal sealed class PortDominators
{
    private readonly int _activityCount;
    private readonly int _start;
    private readonly List<OutcomePort> _ports = [];
    private readonly Dictionary<OutcomePort, int> _portNodes = [];
    private readonly List<List<int>> _successors = [];
    private readonly int[] _immediateDominator;
    private readonly int[] _postorderNumber;
    private readonly int[] _depth;

    public PortDominators(FlowGraph graph, string startId)
    {
        var activityNodes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in graph.Activities.Keys)
        {
            activityNodes[id] = activityNodes.Count;
            _successors.Add([]);
        }
        _activityCount = activityNodes.Count;
        foreach (var c in graph.Connections)
        {
            var port = new OutcomePort(c.Source.Activity, c.Source.Port);
            if (!_portNodes.TryGetValue(port, out var portNode))
            {
                _portNodes[port] = portNode = _successors.Count;
                _ports.Add(port);
                _successors.Add([]);
                _successors[activityNodes[c.Source.Activity]].Add(portNode);
            }
            _successors[portNode].Add(activityNodes[c.Target.Activity]);
        }
        _start = activityNodes[startId];
        _postorderNumber = new int[_successors.Count];
        _immediateDominator = new int[_successors.Count];
        _depth = new int[_successors.Count];
        Array.Fill(_immediateDominator, -1);
        ComputeDominators(Postorder());
    }

    /// <summary>
    /// For each of <paramref name="ports"/> (none for one Start cannot reach), the outcome ports every run passes
    /// through to leave by it, itself included, up to the nearest point all of them share: above it every run to
    /// any of them passes through the same ports, so only what lies below can set them apart. Walking only there
    /// keeps the question as small as the branches it compares.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<OutcomePort>> OnEveryPathBelowCommonDominator(IReadOnlyList<OutcomePort> ports)
    {
        var nodes = ports.Select(p => _portNodes.TryGetValue(p, out var node) && _immediateDominator[node] >= 0 ? node : -1).ToList();
        var reached = nodes.Where(n => n >= 0).ToList();
        var common = reached.Count == 0 ? -1 : reached.Aggregate(CommonDominator);
        return [.. nodes.Select(n => (IReadOnlyList<OutcomePort>)[.. Below(n, common)])];
    }

    private IEnumerable<OutcomePort> Below(int node, int common)
    {
        for (; node >= 0 && node != common; node = _immediateDominator[node])
        {
            if (node >= _activityCount)
                yield return _ports[node - _activityCount];
            if (node == _start)
                yield break;
        }
    }

    private int CommonDominator(int a, int b)
    {
        while (a != b)
        {
            if (_depth[a] >= _depth[b])
                a = _immediateDominator[a];
            else
                b = _immediateDominator[b];
        }
        return a;
    }

    private List<int> Postorder()
    {
        var postorder = new List<int>();
        var visited = new bool[_successors.Count];
        var pending = new Stack<(int Node, int Next)>();
        visited[_start] = true;
        pending.Push((_start, 0));
        while (pending.TryPop(out var top))
        {
            var successors = _successors[top.Node];
            if (top.Next < successors.Count)
            {
                pending.Push((top.Node, top.Next + 1));
                var next = successors[top.Next];
                if (!visited[next])
                {
                    visited[next] = true;
                    pending.Push((next, 0));
                }
                continue;
            }
            _postorderNumber[top.Node] = postorder.Count;
            postorder.Add(top.Node);
        }
        return postorder;
    }

    private void ComputeDominators(List<int> postorder)
    {
        var predecessors = new List<int>[_successors.Count];
        foreach (var node in postorder)
        {
            foreach (var successor in _successors[node])
                (predecessors[successor] ??= []).Add(node);
        }
        _immediateDominator[_start] = _start;
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = postorder.Count - 1; i >= 0; i--)
            {
                var node = postorder[i];
                if (node == _start)
                    continue;
                var dominator = -1;
                foreach (var predecessor in predecessors[node])
                {
                    if (_immediateDominator[predecessor] < 0)
                        continue;
                    dominator = dominator < 0 ? predecessor : Intersect(predecessor, dominator);
                }
                if (_immediateDominator[node] != dominator)
                {
                    _immediateDominator[node] = dominator;
                    changed = true;
                }
            }
        }
        // A dominator comes before the nodes it dominates in reverse postorder.
        for (var i = postorder.Count - 1; i >= 0; i--)
        {
            var node = postorder[i];
            _depth[node] = node == _start ? 0 : _depth[_immediateDominator[node]] + 1;
        }
    }

    private int Intersect(int a, int b)
    {
        while (a != b)
        {
            while (_postorderNumber[a] < _postorderNumber[b])
                a = _immediateDominator[a];
            while (_postorderNumber[b] < _postorderNumber[a])
                b = _immediateDominator[b];
        }
        return a;
    }
}
