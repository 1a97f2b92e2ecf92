/**
 * The canvas's state as data attributes on its container: what a test (or any tool reading the page) may rely on,
 * instead of reaching into X6's objects. The container's attributes are
 *
 *   data-nodes       how many activities the last load drew (present once a definition is loaded)
 *   data-load-ms     how long that load took, in milliseconds
 *   data-definition  the definition as drawn (JSON), after the load and after every edit once it is reported
 *   data-revision    how many edits have been reported to the page
 *   data-selected    the ids of the selected activities, comma-separated, in selection order
 *   data-zoom        the canvas's scale (1 = 100 %)
 *   data-problems    how many activities carry a validation problem
 */
export function publishLoad(designer, nodes, milliseconds) {
  const data = designer.container.dataset;
  data.loadMs = String(milliseconds);
  data.nodes = String(nodes);
}

export function publishDefinition(designer, json) {
  designer.container.dataset.definition = json;
}

export function publishRevision(designer) {
  designer.container.dataset.revision = String(designer.revision);
}

export function publishSelection(designer, ids) {
  designer.container.dataset.selected = ids.join(',');
}

export function publishZoom(designer) {
  designer.container.dataset.zoom = String(designer.graph.zoom());
}

export function publishProblemCount(designer) {
  designer.container.dataset.problems = String(designer.problems.size);
}
