// The heatmap of a procedure version: per activity, the instances waiting there now (a badge and a warmer fill the
// more there are) and those that passed through it. Like the execution marks, these describe the drawing and stay
// out of the undo history; the counts are also set as data-waiting / data-passed on each node's view.
const QUIET = { ignoreHistory: true };

export function markCounts(designer, counts) {
  designer.counts = new Map((counts || []).map((c) => [c.activityId, c]));
  const most = Math.max(1, ...[...designer.counts.values()].map((c) => c.waiting));
  for (const node of designer.graph.getNodes()) {
    const count = designer.counts.get(node.id) || { waiting: 0, passed: 0 };
    node.setAttrs({
      body: { fill: count.waiting > 0 ? warmth(count.waiting / most) : '#ffffff' },
      badge: { text: badgeText(count), fill: count.waiting > 0 ? '#b71c1c' : '#2e7d32' },
    }, QUIET);
    const view = designer.graph.findViewByCell(node);
    if (view) decorateCounts(designer, view);
  }
}

/** Views render asynchronously: each one is given its counts again when it mounts. */
export function decorateCounts(designer, view) {
  const count = designer.counts && designer.counts.get(view.cell.id);
  if (!designer.counts || !view.container) return;
  view.container.setAttribute('data-waiting', String(count ? count.waiting : 0));
  view.container.setAttribute('data-passed', String(count ? count.passed : 0));
}

function badgeText(count) {
  if (count.waiting === 0 && count.passed === 0) return '';
  return count.waiting > 0 ? `●${count.waiting} ✓${count.passed}` : `✓${count.passed}`;
}

// From a pale amber for few instances to a strong orange for the activity where most wait.
function warmth(share) {
  const lightness = Math.round(92 - share * 32);
  return `hsl(36, 100%, ${lightness}%)`;
}
