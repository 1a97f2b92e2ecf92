import { connectionKey } from './edges.js';
import { decorateEdgeView, decorateNodeView, restyleEdge, restyleNode } from './marks.js';
import { activityName } from './nodes.js';
import { publishProblemCount } from './pageState.js';

// Marks describe the drawing, they are no edits of it: they stay out of the undo history.
const QUIET = { ignoreHistory: true };

export const noExecution = () => ({ completed: new Set(), waiting: new Set(), faulted: new Set(), path: new Set() });

/**
 * The validation overlay: each activity with a problem is outlined and carries its messages; one with only
 * warnings (they block nothing) is outlined in amber and carries those.
 */
export function markProblems(designer, problems) {
  designer.problems = new Map();
  designer.warnings = new Map();
  for (const p of problems || []) {
    if (!p.activityId) continue;
    const marks = p.warning ? designer.warnings : designer.problems;
    if (!marks.has(p.activityId)) marks.set(p.activityId, []);
    marks.get(p.activityId).push(p.message);
  }
  restyle(designer);
}

/** The execution overlay of an instance: completed, waiting and faulted activities and the connections taken. */
export function markExecution(designer, state) {
  designer.execution = {
    completed: new Set(state.completed || []),
    waiting: new Set(state.waiting || []),
    faulted: new Set(state.faulted || []),
    path: new Set(state.path || []),
  };
  restyle(designer);
}

/** The changes of this version against an earlier one: activity ids that were added, removed or changed. */
export function markDiff(designer, diff) {
  designer.diff = new Map();
  for (const kind of ['added', 'removed', 'changed']) for (const id of diff[kind] || []) designer.diff.set(id, kind);
  restyle(designer);
}

function restyle(designer) {
  const { graph } = designer;
  for (const node of graph.getNodes()) restyleNode(node, designer.problems, designer.warnings, designer.execution, designer.diff, QUIET);
  for (const edge of graph.getEdges()) restyleEdge(edge, isTaken(designer, edge), QUIET);
  for (const cell of graph.getCells()) {
    const view = graph.findViewByCell(cell);
    if (view) decorate(designer, view);
  }
  publishProblemCount(designer);
}

function isTaken(designer, edge) {
  return designer.execution.path.has(connectionKey(edge.getSourceCellId(), edge.getSourcePortId(), edge.getTargetCellId()));
}

/** Views render asynchronously: each one is decorated again when it mounts. */
export function decorate(designer, view) {
  const cell = view.cell;
  if (!cell || !view.container) return;
  if (cell.isNode()) {
    decorateNodeView(view.container, cell.id, designer.problems, designer.warnings, designer.execution, designer.diff);
    const activity = (cell.getData() || {}).activity;
    if (activity) showFullName(view.container, activityName(activity, designer.culture));
  }
  else decorateEdgeView(view.container, isTaken(designer, cell));
}

/**
 * The node wraps its name onto up to three lines (longer names end in an ellipsis); the whole name is also the node's tooltip (an SVG title, which the browser shows
 * on hover and assistive technology reads), so no name is ever only seen cut.
 */
function showFullName(container, name) {
  let title = container.querySelector(':scope > title');
  if (!title) {
    title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    container.insertBefore(title, container.firstChild);
  }
  if (title.textContent !== name) title.textContent = name;
  container.setAttribute('data-name', name);
}
