import { edgeConfig } from './edges.js';
import { clone } from './definition.js';
import { NODE_WIDTH, labelLines, nodeConfig, nodeHeight, nodeLabelAttrs, portItems } from './nodes.js';
import { displayedOutcomes, outcomesOf, renamedPort } from './ports.js';
import { decorate } from './overlay.js';

// Every edit here is one undoable step of the graph's history; the history reports it to the page.

export function newActivityId(designer, type) {
  const base = type.replace(/[^A-Za-z0-9]/g, '').replace(/^./, (c) => c.toLowerCase()) || 'activity';
  for (let n = 1; ; n++) {
    const id = `${base}${n}`;
    if (!designer.graph.getCellById(id)) return id;
  }
}

/** A node for a new activity of this type, named after its descriptor, not yet on the graph. */
export function createActivityNode(designer, type, position) {
  const descriptor = designer.descriptors.get(type);
  // Named in both languages from the start: every page shows the activity in its reader's language.
  const names = descriptor ? { 'zh-CN': descriptor.displayName.zhCn, en: descriptor.displayName.en } : { 'zh-CN': type, en: type };
  const activity = {
    id: newActivityId(designer, type),
    type,
    name: names['zh-CN'],
    names,
    inputs: {},
  };
  return designer.graph.createNode(nodeConfig(activity, descriptor, displayedOutcomes(activity, descriptor, []), position,
    designer.culture, designer.seq++, designer.portLabels));
}

/**
 * Sets one input (null or undefined removes it) on the activity as the canvas holds it now, so edits made
 * in quick succession never work on a stale copy.
 */
export function setInput(designer, id, name, value) {
  designer.panelEdits++;
  const parsed = typeof value === 'string' ? JSON.parse(value) : value;
  applyToActivity(designer, id, (activity) => {
    activity.inputs = activity.inputs || {};
    if (parsed === null || parsed === undefined) delete activity.inputs[name];
    else activity.inputs[name] = parsed;
    return activity;
  });
}

/** A name in one language; the Chinese one is also the single `name` that Elsa and older readers see. */
export function setName(designer, id, name, culture = 'zh-CN') {
  designer.panelEdits++;
  applyToActivity(designer, id, (activity) => {
    const names = { ...(activity.names || {}) };
    if (name) names[culture] = name;
    else delete names[culture];
    if (Object.keys(names).length) activity.names = names;
    else delete activity.names;
    if (culture === 'zh-CN') {
      if (name) activity.name = name;
      else delete activity.name;
    }
    return activity;
  });
}

function applyToActivity(designer, id, change) {
  const { graph } = designer;
  const node = graph.getCellById(id);
  if (!node || !node.isNode()) return;
  const previous = node.getData().activity;
  const next = change(clone(previous));
  next.id = id;
  const descriptor = designer.descriptors.get(next.type);
  // A port renamed in place takes its connections along; any other change leaves them where they are.
  const renamed = renamedPort(outcomesOf(previous, descriptor), outcomesOf(next, descriptor));
  const edges = graph.getOutgoingEdges(node) || [];
  const used = edges.map((e) => (renamed && e.getSourcePortId() === renamed.from ? renamed.to : e.getSourcePortId()));
  const outcomes = displayedOutcomes(next, descriptor, used);
  const current = node.getPorts().filter((p) => p.group === 'out').map((p) => p.id);
  graph.startBatch('update-activity');
  node.setData({ activity: next, seq: node.getData().seq }, { overwrite: true });
  node.setAttrs(nodeLabelAttrs(next, descriptor, designer.culture));
  const lines = labelLines(next, designer.culture).length;
  const linesBefore = labelLines(previous, designer.culture).length;
  if (current.join('\n') !== outcomes.join('\n') || lines !== linesBefore) {
    if (renamed) {
      // The edges move while both ports exist: an edge whose port disappears under it is dropped.
      node.prop('ports/items', portItems([...outcomes, renamed.from], designer.portLabels, lines), { rewrite: true });
      for (const edge of edges.filter((e) => e.getSourcePortId() === renamed.from)) edge.setSource({ cell: id, port: renamed.to });
    }
    node.prop('ports/items', portItems(outcomes, designer.portLabels, lines), { rewrite: true });
    node.resize(NODE_WIDTH, nodeHeight(outcomes.length, lines));
  }
  graph.stopBatch('update-activity');
  const view = graph.findViewByCell(node);
  if (view) decorate(designer, view);
}

function connect(designer, sourceId, port, targetId) {
  designer.graph.addEdge(edgeConfig({ source: { activity: sourceId, port }, target: { activity: targetId, port: 'In' } }, designer.seq++));
}

export function deleteSelection(designer) {
  const cells = designer.graph.getSelectedCells();
  if (cells.length === 0) return;
  designer.graph.startBatch('delete');
  designer.graph.removeCells(cells);
  designer.graph.stopBatch('delete');
}

export function copySelection(designer) {
  const nodes = designer.graph.getSelectedCells().filter((c) => c.isNode());
  const ids = new Set(nodes.map((n) => n.id));
  const edges = designer.graph.getEdges().filter((e) => ids.has(e.getSourceCellId()) && ids.has(e.getTargetCellId()));
  designer.clipboard = {
    nodes: nodes.map((n) => ({ activity: clone(n.getData().activity), position: n.getPosition() })),
    edges: edges.map((e) => ({ source: e.getSourceCellId(), port: e.getSourcePortId(), target: e.getTargetCellId() })),
  };
}

/** Pastes the copied activities with new ids, offset from the originals, with the connections among them. */
export function paste(designer) {
  const { graph, clipboard } = designer;
  if (!clipboard || clipboard.nodes.length === 0) return;
  const renamed = new Map();
  graph.startBatch('paste');
  const added = [];
  for (const { activity, position } of clipboard.nodes) {
    const copy = clone(activity);
    copy.id = newActivityId(designer, copy.type);
    renamed.set(activity.id, copy.id);
    if (copy.metadata && copy.metadata.designer) delete copy.metadata.designer.position;
    const descriptor = designer.descriptors.get(copy.type);
    added.push(graph.addNode(nodeConfig(copy, descriptor, displayedOutcomes(copy, descriptor, []),
      { x: position.x + 40, y: position.y + 40 }, designer.culture, designer.seq++, designer.portLabels)));
  }
  for (const e of clipboard.edges) connect(designer, renamed.get(e.source), e.port, renamed.get(e.target));
  graph.stopBatch('paste');
  graph.resetSelection(added);
}

export function undo(designer) { if (designer.graph.canUndo()) designer.graph.undo(); }

export function redo(designer) { if (designer.graph.canRedo()) designer.graph.redo(); }
