// A left-to-right layered layout: longest-path layers from the start nodes (back edges of loops ignored),
// then a few barycenter sweeps to reduce crossings, then even spacing per layer.
const LAYER_GAP = 300;
const ROW_GAP = 40;

export function layeredPositions(nodes, edges) {
  const ids = nodes.map((n) => n.id);
  const outgoing = new Map(ids.map((id) => [id, []]));
  const incoming = new Map(ids.map((id) => [id, []]));
  for (const e of edges) {
    if (outgoing.has(e.source) && incoming.has(e.target) && e.source !== e.target) {
      outgoing.get(e.source).push(e.target);
      incoming.get(e.target).push(e.source);
    }
  }
  const forward = forwardEdges(ids, outgoing, incoming);
  const layer = new Map(ids.map((id) => [id, 0]));
  for (const id of topologicalOrder(ids, forward)) {
    for (const next of forward.get(id)) layer.set(next, Math.max(layer.get(next), layer.get(id) + 1));
  }
  const layers = [];
  for (const id of ids) {
    const l = layer.get(id);
    (layers[l] ||= []).push(id);
  }
  orderByBarycenter(layers, incoming, outgoing);
  const heights = new Map(nodes.map((n) => [n.id, n.height]));
  const positions = new Map();
  const columnHeights = layers.map((column) => column.reduce((sum, id) => sum + heights.get(id) + ROW_GAP, -ROW_GAP));
  const tallest = Math.max(0, ...columnHeights);
  layers.forEach((column, l) => {
    let y = (tallest - columnHeights[l]) / 2;
    for (const id of column) {
      positions.set(id, { x: l * LAYER_GAP, y: Math.round(y) });
      y += heights.get(id) + ROW_GAP;
    }
  });
  return positions;
}

// Depth-first from the roots (nodes without incoming edges, then any left); an edge to a node still on the
// stack closes a loop and is left out of the layering.
function forwardEdges(ids, outgoing, incoming) {
  const forward = new Map(ids.map((id) => [id, []]));
  const state = new Map();
  const roots = [...ids.filter((id) => incoming.get(id).length === 0), ...ids];
  for (const root of roots) {
    if (state.has(root)) continue;
    const stack = [[root, 0]];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [id, index] = top;
      const targets = outgoing.get(id);
      if (index >= targets.length) {
        state.set(id, 'done');
        stack.pop();
        continue;
      }
      top[1] = index + 1;
      const next = targets[index];
      if (state.get(next) === 'open') continue;
      forward.get(id).push(next);
      if (!state.has(next)) {
        state.set(next, 'open');
        stack.push([next, 0]);
      }
    }
  }
  return forward;
}

function topologicalOrder(ids, forward) {
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const id of ids) for (const next of forward.get(id)) indegree.set(next, indegree.get(next) + 1);
  const queue = ids.filter((id) => indegree.get(id) === 0);
  const order = [];
  while (queue.length > 0) {
    const id = queue.shift();
    order.push(id);
    for (const next of forward.get(id)) {
      indegree.set(next, indegree.get(next) - 1);
      if (indegree.get(next) === 0) queue.push(next);
    }
  }
  return order;
}

function orderByBarycenter(layers, incoming, outgoing) {
  const index = new Map();
  const remember = () => layers.forEach((column) => column.forEach((id, i) => index.set(id, i)));
  remember();
  const sweep = (column, neighbours) => {
    const centre = (id) => {
      const placed = neighbours.get(id).filter((n) => index.has(n));
      return placed.length === 0 ? index.get(id) : placed.reduce((s, n) => s + index.get(n), 0) / placed.length;
    };
    const keyed = column.map((id) => [id, centre(id)]);
    keyed.sort((a, b) => a[1] - b[1]);
    keyed.forEach(([id], i) => { column[i] = id; });
    column.forEach((id, i) => index.set(id, i));
  };
  for (let pass = 0; pass < 4; pass++) {
    for (let l = 1; l < layers.length; l++) if (layers[l]) sweep(layers[l], incoming);
    for (let l = layers.length - 2; l >= 0; l--) if (layers[l]) sweep(layers[l], outgoing);
  }
  remember();
}
