import { edgeConfig } from './edges.js';
import { layeredPositions } from './layout.js';
import { labelLines, nodeConfig, nodeHeight } from './nodes.js';
import { displayedOutcomes } from './ports.js';

export const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

export const emptyDefinition = () => ({ root: { type: 'Flowchart', activities: [], connections: [] } });

/**
 * The graph's nodes and edges for a definition. A connection that names a missing activity cannot be drawn: it is
 * kept aside as an orphan and written back unchanged, so that opening and saving never loses what the file held.
 */
export function toGraph(definition, descriptors, culture, portLabels) {
  const root = definition.root || (definition.root = emptyDefinition().root);
  const activities = root.activities || [];
  const connections = root.connections || [];
  const known = new Set(activities.map((a) => a.id));
  const usedPorts = new Map(activities.map((a) => [a.id, []]));
  for (const c of connections) {
    if (c && c.source && known.has(c.source.activity)) usedPorts.get(c.source.activity).push(c.source.port);
  }
  const outcomes = new Map(activities.map((a) => [a.id, displayedOutcomes(a, descriptors.get(a.type), usedPorts.get(a.id))]));
  const computed = activities.some((a) => !positionOf(a))
    ? layeredPositions(
      activities.map((a) => ({ id: a.id, height: nodeHeight(outcomes.get(a.id).length, labelLines(a, culture).length) })),
      connections.filter(isWellFormed).map((c) => ({ source: c.source.activity, target: c.target.activity })))
    : new Map();
  let seq = 0;
  const nodes = activities.map((a) => nodeConfig(a, descriptors.get(a.type), outcomes.get(a.id),
    positionOf(a) || computed.get(a.id) || { x: 0, y: 0 }, culture, seq++, portLabels));
  const edges = [];
  const orphans = [];
  for (const c of connections) {
    const s = seq++;
    if (isWellFormed(c) && known.has(c.source.activity) && known.has(c.target.activity)) edges.push(edgeConfig(c, s));
    else orphans.push({ connection: c, seq: s });
  }
  return { nodes, edges, orphans, nextSeq: seq };
}

/** The definition as drawn: activities and connections in the order they were loaded or added. */
export function fromGraph(graph, definition, orphans) {
  const nodes = graph.getNodes().slice().sort((a, b) => a.getData().seq - b.getData().seq);
  const activities = nodes.map((node) => {
    const activity = clone(node.getData().activity);
    const { x, y } = node.getPosition();
    const saved = positionOf(activity);
    if (!saved || saved.x !== x || saved.y !== y) {
      activity.metadata = activity.metadata || {};
      activity.metadata.designer = activity.metadata.designer || {};
      activity.metadata.designer.position = { x, y };
    }
    return activity;
  });
  const drawn = graph.getEdges().map((edge, index) => ({ edge, index }))
    .filter(({ edge }) => edge.getSourceCellId() && edge.getTargetCellId());
  const entries = [
    ...drawn.map(({ edge, index }) => {
      const data = edge.getData() || {};
      const original = data.connection || {};
      const connection = clone(original);
      connection.source = { ...(original.source || {}), activity: edge.getSourceCellId(), port: edge.getSourcePortId() };
      connection.target = { ...(original.target || {}), activity: edge.getTargetCellId(), port: (original.target && original.target.port) || 'In' };
      return { connection: orderConnection(connection), seq: data.seq ?? Number.MAX_SAFE_INTEGER, index };
    }),
    ...orphans.map((o) => ({ connection: clone(o.connection), seq: o.seq, index: -1 })),
  ];
  entries.sort((a, b) => a.seq - b.seq || a.index - b.index);
  const result = clone(definition);
  result.root = result.root || { type: 'Flowchart' };
  result.root.activities = activities;
  result.root.connections = entries.map((e) => e.connection);
  return result;
}

function positionOf(activity) {
  const p = activity && activity.metadata && activity.metadata.designer && activity.metadata.designer.position;
  return p && typeof p.x === 'number' && typeof p.y === 'number' ? p : null;
}

function isWellFormed(c) {
  return c && c.source && c.target && typeof c.source.activity === 'string' && typeof c.target.activity === 'string';
}

// Source first, then target, then whatever else the connection carried, as the engine writes it.
function orderConnection(c) {
  const { source, target, ...rest } = c;
  return { source, target, ...rest };
}
