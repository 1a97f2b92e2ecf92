import { DotNetCallbacks } from './callbacks.js';
import { publishSelection } from './pageState.js';

/** Selects these activities (a problem clicked in the page's list); a single one is brought to the middle. */
export function select(designer, ids) {
  const cells = (ids || []).map((id) => designer.graph.getCellById(id)).filter(Boolean);
  designer.graph.resetSelection(cells);
  if (cells.length === 1) designer.graph.centerCell(cells[0]);
}

function selectedIds(designer) {
  return designer.graph.getSelectedCells().filter((c) => c.isNode()).map((c) => c.id);
}

// X6 reports a click that moves the selection as two changes (cleared, then the new node): the page is told once,
// the final selection, numbered so that it can never apply an older one after a newer one.
export function reportSelection(designer) {
  if (designer.selectionReportQueued) return;
  designer.selectionReportQueued = true;
  queueMicrotask(() => {
    designer.selectionReportQueued = false;
    const ids = selectedIds(designer);
    designer.selectionRevision++;
    publishSelection(designer, ids);
    if (designer.dotNet) designer.dotNet.invokeMethodAsync(DotNetCallbacks.selectionChanged, ids, designer.selectionRevision);
  });
}
