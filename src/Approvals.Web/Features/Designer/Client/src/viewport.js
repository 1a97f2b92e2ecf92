import { layeredPositions } from './layout.js';

// Below this scale a node's text is too small to read and a click meant for one node lands on its neighbour;
// a procedure that only fits smaller opens at READABLE_SCALE.
const MIN_READABLE_FIT = 0.85;
const OPENING_MARGIN = 40;
const READABLE_SCALE = 1;

// Fits the nodes' model geometry: views render lazily, so their boxes may not be known yet.
export function zoomToFit(designer) {
  const { graph, container } = designer;
  const nodes = graph.getNodes();
  if (nodes.length === 0 || container.clientWidth === 0 || container.clientHeight === 0) return;
  const box = graph.getCellsBBox(nodes);
  if (box) graph.zoomToRect(box, { padding: 40, maxScale: 1, minScale: 0.2 });
}

// A small procedure is shown whole; a large one fitted whole would be unreadable, so it opens at a readable
// zoom with its Start at the left edge, half-way down, where reading it begins and the rest follows rightwards.
export function showOpeningView(designer) {
  const { graph, container } = designer;
  zoomToFit(designer);
  if (graph.zoom() >= MIN_READABLE_FIT) return;
  const start = graph.getNodes().find((node) => node.getData().activity.type === 'Start');
  graph.zoomTo(READABLE_SCALE);
  if (!start) {
    graph.centerContent();
    return;
  }
  const box = start.getBBox();
  graph.translate(OPENING_MARGIN - box.x * READABLE_SCALE, container.clientHeight / 2 - (box.y + box.height / 2) * READABLE_SCALE);
}

/** Lays the activities out in layers from Start, as one undoable step, and fits the result. */
export function autoLayout(designer) {
  const { graph } = designer;
  const nodes = graph.getNodes();
  const positions = layeredPositions(
    nodes.map((n) => ({ id: n.id, height: n.getSize().height })),
    graph.getEdges().map((e) => ({ source: e.getSourceCellId(), target: e.getTargetCellId() })));
  graph.startBatch('layout');
  for (const node of nodes) {
    const p = positions.get(node.id);
    if (p) node.position(p.x, p.y);
  }
  graph.stopBatch('layout');
  zoomToFit(designer);
}

/**
 * Shows an instance: whole when it is readable so, else at a readable zoom centred on the first activity it waits at
 * (or its Start), so the step that matters is in view when the viewer opens.
 */
export function revealActivities(designer, activityIds) {
  const { graph } = designer;
  zoomToFit(designer);
  if (graph.zoom() >= MIN_READABLE_FIT) return;
  const target = (activityIds || []).map((id) => graph.getCellById(id)).find((cell) => cell && cell.isNode());
  if (!target) {
    showOpeningView(designer);
    return;
  }
  graph.zoomTo(READABLE_SCALE);
  graph.centerCell(target);
}
