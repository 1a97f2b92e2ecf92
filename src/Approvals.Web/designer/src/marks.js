// How validation problems and an instance's execution show on the canvas. Applied with options that keep
// them out of the undo history: they describe the drawing, they are not edits of it.
const plain = { fill: '#ffffff', stroke: '#5f6b7a', strokeWidth: 1.5 };
const completed = { fill: '#e8f5e9', stroke: '#2e7d32', strokeWidth: 2 };
const waiting = { fill: '#fff8e1', stroke: '#f9a825', strokeWidth: 3 };
const faulted = { fill: '#ffebee', stroke: '#c62828', strokeWidth: 3 };
const problem = { stroke: '#d32f2f', strokeWidth: 3, strokeDasharray: '6 3' };

export function restyleNode(node, problems, execution, options) {
  const id = node.id;
  let body = plain;
  let state = '';
  if (execution.faulted.has(id)) { body = faulted; state = 'faulted'; }
  else if (execution.waiting.has(id)) { body = waiting; state = 'waiting'; }
  else if (execution.completed.has(id)) { body = completed; state = 'completed'; }
  const messages = problems.get(id);
  const attrs = {
    body: { ...body, strokeDasharray: '', ...(messages ? problem : {}) },
    badge: { text: messages ? `⚠ ${messages.length}` : '' },
  };
  node.setAttrs(attrs, options);
  const view = node.model && node.model.graph ? node.model.graph.findViewByCell(node) : null;
  if (view && view.container) {
    view.container.setAttribute('data-activity-id', id);
    view.container.setAttribute('data-state', state);
    view.container.setAttribute('data-problem', messages ? messages.join(' | ') : '');
  }
}

export function restyleEdge(edge, taken, options) {
  edge.setAttrs({
    line: taken ? { stroke: '#2e7d32', strokeWidth: 3 } : { stroke: '#78909c', strokeWidth: 1.5 },
  }, options);
  const view = edge.model && edge.model.graph ? edge.model.graph.findViewByCell(edge) : null;
  if (view && view.container) view.container.setAttribute('data-taken', taken ? 'true' : 'false');
}
