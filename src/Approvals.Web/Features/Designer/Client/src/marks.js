// How validation problems and an instance's execution show on the canvas. Model attributes are set with
// options that keep them out of the undo history (they describe the drawing, they are not edits of it);
// data-* attributes on the views let a reader or a test tell the states apart, and are set again whenever
// a view mounts, since views render asynchronously.
const plain = { fill: '#ffffff', stroke: '#5f6b7a', strokeWidth: 1.5 };
const completed = { fill: '#e8f5e9', stroke: '#2e7d32', strokeWidth: 2 };
const waiting = { fill: '#fff8e1', stroke: '#f9a825', strokeWidth: 3 };
const faulted = { fill: '#ffebee', stroke: '#c62828', strokeWidth: 3 };
// A version compared with an earlier one: what it added, what it removed (drawn where it was) and what it changed.
const diffBodies = {
  added: { fill: '#e8f5e9', stroke: '#2e7d32', strokeWidth: 3 },
  removed: { fill: '#ffebee', stroke: '#c62828', strokeWidth: 3, strokeDasharray: '6 3' },
  changed: { fill: '#fff8e1', stroke: '#ef6c00', strokeWidth: 3 },
};
const problem = { stroke: '#d32f2f', strokeWidth: 3, strokeDasharray: '6 3' };
const warning = { stroke: '#ef8f00', strokeWidth: 3, strokeDasharray: '2 3' };

function stateOf(id, execution) {
  if (execution.faulted.has(id)) return 'faulted';
  if (execution.waiting.has(id)) return 'waiting';
  if (execution.completed.has(id)) return 'completed';
  return '';
}

const bodies = { faulted, waiting, completed, '': plain };

export function restyleNode(node, problems, warnings, execution, diff, options) {
  const messages = problems.get(node.id);
  const cautions = messages ? null : warnings.get(node.id);
  const change = diff.get(node.id);
  node.setAttrs({
    body: { ...bodies[stateOf(node.id, execution)], strokeDasharray: '', ...(change ? diffBodies[change] : {}), ...(cautions ? warning : {}), ...(messages ? problem : {}) },
    badge: { text: messages ? `⚠ ${messages.length}` : cautions ? `! ${cautions.length}` : '', fill: messages ? '#c62828' : '#b26a00' },
  }, options);
}

export function restyleEdge(edge, taken, options) {
  edge.setAttrs({
    line: taken ? { stroke: '#2e7d32', strokeWidth: 3 } : { stroke: '#78909c', strokeWidth: 1.5 },
  }, options);
}

export function decorateNodeView(container, id, problems, warnings, execution, diff) {
  const messages = problems.get(id);
  const cautions = warnings.get(id);
  container.setAttribute('data-activity-id', id);
  container.setAttribute('data-warning', cautions ? cautions.join(' | ') : '');
  container.setAttribute('data-diff', diff.get(id) || '');
  container.setAttribute('data-state', stateOf(id, execution));
  container.setAttribute('data-problem', messages ? messages.join(' | ') : '');
}

export function decorateEdgeView(container, taken) {
  container.setAttribute('data-taken', taken ? 'true' : 'false');
}
