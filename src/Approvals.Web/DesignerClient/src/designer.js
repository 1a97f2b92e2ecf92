import { Dnd, Graph, History, Keyboard, MiniMap, Selection, Snapline } from '@antv/x6';
import { connectionKey, EDGE_ATTRS, edgeConfig } from './edges.js';
import { layeredPositions } from './layout.js';
import { NODE_WIDTH, nodeConfig, nodeHeight, nodeLabelAttrs, portItems, registerShapes } from './nodes.js';
import { renderPalette } from './palette.js';
import { displayedOutcomes, outcomesOf, renamedPort } from './ports.js';
import { injectStyles } from './styles.js';
import { localized } from './text.js';
import { decorateEdgeView, decorateNodeView, restyleEdge, restyleNode } from './marks.js';

const QUIET = { ignoreHistory: true };
const CHANGE_DELAY_MS = 200;
// Below this scale a node's text is too small to read; a procedure that only fits smaller opens at READABLE_SCALE.
const MIN_READABLE_FIT = 0.6;
const OPENING_MARGIN = 40;
const READABLE_SCALE = 1;

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/**
 * One canvas. Blazor owns the definition: it loads one, and hears of every edit as the whole definition
 * (sent as a stream, so a large procedure never meets the circuit's message-size limit).
 */
export class Designer {
  constructor(container, options = {}, dotNet = null) {
    injectStyles();
    registerShapes();
    this.container = container;
    this.readOnly = !!options.readOnly;
    this.culture = options.culture || 'zh-CN';
    this.portLabels = options.portLabels || {};
    this.paletteContainer = options.paletteContainer || null;
    this.dotNet = dotNet;
    this.onChange = options.onChange || null;
    this.onSelect = options.onSelect || null;
    this.definition = { root: { type: 'Flowchart', activities: [], connections: [] } };
    this.descriptors = new Map();
    this.orphanConnections = [];
    this.seq = 0;
    this.problems = new Map();
    this.execution = { completed: new Set(), waiting: new Set(), faulted: new Set(), path: new Set() };
    this.clipboard = null;
    this.changeTimer = null;
    this.revision = 0;
    this.selectionRevision = 0;
    this.panelEdits = 0;
    this.graph = this.createGraph(container);
    if (options.minimapContainer) {
      this.graph.use(new MiniMap({ container: options.minimapContainer, width: 200, height: 140, padding: 10 }));
    }
    container.approvalsDesigner = this;
  }

  createGraph(container) {
    const graph = new Graph({
      container,
      autoResize: true,
      background: { color: '#f7f9fb' },
      grid: { visible: true, size: 10, type: 'dot' },
      panning: { enabled: true, eventTypes: ['rightMouseDown', 'mouseWheel'] },
      mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'], minScale: 0.2, maxScale: 2 },
      interacting: this.readOnly ? false : { nodeMovable: true, edgeMovable: false, edgeLabelMovable: false, magnetConnectable: true },
      connecting: {
        allowBlank: false,
        allowLoop: false,
        allowNode: false,
        allowEdge: false,
        allowPort: true,
        allowMulti: 'withPort',
        highlight: true,
        snap: { radius: 24 },
        connector: { name: 'smooth' },
        createEdge: () => graph.createEdge({ shape: 'edge', connector: { name: 'smooth' }, attrs: clone(EDGE_ATTRS) }),
        validateMagnet: ({ magnet }) => !this.readOnly && magnet.getAttribute('port-group') === 'out',
        validateConnection: (args) => this.isValidConnection(args),
      },
    });
    graph.use(new History({
      enabled: !this.readOnly,
      beforeAddCommand: (event, args) => !(args && args.options && args.options.ignoreHistory),
    }));
    graph.use(new Selection({
      enabled: true,
      multiple: !this.readOnly,
      rubberband: !this.readOnly,
      movable: !this.readOnly,
      showNodeSelectionBox: true,
      pointerEvents: 'none',
    }));
    if (!this.readOnly) {
      graph.use(new Snapline({ enabled: true }));
      graph.use(new Keyboard({ enabled: true, global: false }));
      this.dnd = new Dnd({
        target: graph,
        scaled: false,
        getDropNode: (dragging) => this.createActivityNode(dragging.getData().type, { x: 0, y: 0 }),
      });
      this.bindKeys(graph);
      container.addEventListener('mousedown', () => container.focus({ preventScroll: true }));
    }
    graph.on('history:add', () => this.scheduleChange());
    graph.on('history:undo', () => this.scheduleChange());
    graph.on('history:redo', () => this.scheduleChange());
    graph.on('selection:changed', () => this.reportSelection());
    graph.on('view:mounted', ({ view }) => this.decorate(view));
    return graph;
  }

  bindKeys(graph) {
    graph.bindKey(['ctrl+z', 'meta+z'], () => { this.undo(); return false; });
    graph.bindKey(['ctrl+y', 'meta+y', 'ctrl+shift+z', 'meta+shift+z'], () => { this.redo(); return false; });
    graph.bindKey(['del', 'backspace'], () => { this.deleteSelection(); return false; });
    graph.bindKey(['ctrl+c', 'meta+c'], () => { this.copySelection(); return false; });
    graph.bindKey(['ctrl+v', 'meta+v'], () => { this.paste(); return false; });
    graph.bindKey(['ctrl+a', 'meta+a'], () => { graph.select(graph.getNodes()); return false; });
  }

  isValidConnection({ sourceCell, targetCell, sourcePort, targetPort, targetMagnet }) {
    if (this.readOnly || !sourceCell || !targetCell || !targetMagnet || sourceCell === targetCell) return false;
    const source = sourceCell.getPort(sourcePort);
    const target = targetCell.getPort(targetPort);
    return !!source && !!target && source.group === 'out' && target.group === 'in';
  }

  // ---- loading and reading the definition ----

  load(definition, descriptors) {
    const started = performance.now();
    this.definition = typeof definition === 'string' ? JSON.parse(definition) : clone(definition);
    const list = typeof descriptors === 'string' ? JSON.parse(descriptors) : descriptors || [];
    this.descriptors = new Map(list.map((d) => [d.type, d]));
    if (this.paletteContainer && !this.readOnly) {
      renderPalette(this.paletteContainer, list, this.culture, (type, e) => this.startDrag(type, e));
    }
    const root = this.definition.root || (this.definition.root = { type: 'Flowchart', activities: [], connections: [] });
    const activities = root.activities || [];
    const connections = root.connections || [];
    const known = new Set(activities.map((a) => a.id));
    const usedPorts = new Map(activities.map((a) => [a.id, []]));
    for (const c of connections) {
      if (c && c.source && known.has(c.source.activity)) usedPorts.get(c.source.activity).push(c.source.port);
    }
    const outcomes = new Map(activities.map((a) => [a.id, displayedOutcomes(a, this.descriptors.get(a.type), usedPorts.get(a.id))]));
    const computed = activities.some((a) => !positionOf(a))
      ? layeredPositions(
        activities.map((a) => ({ id: a.id, height: nodeHeight(outcomes.get(a.id).length) })),
        connections.filter(isWellFormed).map((c) => ({ source: c.source.activity, target: c.target.activity })))
      : new Map();
    this.seq = 0;
    const nodes = activities.map((a) => nodeConfig(a, this.descriptors.get(a.type), outcomes.get(a.id),
      positionOf(a) || computed.get(a.id) || { x: 0, y: 0 }, this.culture, this.seq++, this.portLabels));
    const edges = [];
    this.orphanConnections = [];
    for (const c of connections) {
      const seq = this.seq++;
      if (isWellFormed(c) && known.has(c.source.activity) && known.has(c.target.activity)) edges.push(edgeConfig(c, seq));
      else this.orphanConnections.push({ connection: c, seq });
    }
    this.graph.disableHistory();
    this.graph.fromJSON({ nodes, edges });
    this.graph.enableHistory();
    this.graph.cleanHistory();
    this.problems = new Map();
    this.showOpeningView();
    this.container.dataset.loadMs = String(Math.round(performance.now() - started));
    this.container.dataset.nodes = String(nodes.length);
  }

  getDefinition() {
    const nodes = this.graph.getNodes().slice().sort((a, b) => a.getData().seq - b.getData().seq);
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
    const drawn = this.graph.getEdges().map((edge, index) => ({ edge, index }))
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
      ...this.orphanConnections.map((o) => ({ connection: clone(o.connection), seq: o.seq, index: -1 })),
    ];
    entries.sort((a, b) => a.seq - b.seq || a.index - b.index);
    const definition = clone(this.definition);
    definition.root = definition.root || { type: 'Flowchart' };
    definition.root.activities = activities;
    definition.root.connections = entries.map((e) => e.connection);
    return definition;
  }

  getDefinitionJson() {
    return JSON.stringify(this.getDefinition());
  }

  /** UTF-8 bytes of the definition; .NET reads them as an IJSStreamReference. */
  getDefinitionBytes() {
    return new TextEncoder().encode(this.getDefinitionJson());
  }

  download(fileName) {
    const blob = new Blob([JSON.stringify(this.getDefinition(), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ---- editing ----

  newActivityId(type) {
    const base = type.replace(/[^A-Za-z0-9]/g, '').replace(/^./, (c) => c.toLowerCase()) || 'activity';
    for (let n = 1; ; n++) {
      const id = `${base}${n}`;
      if (!this.graph.getCellById(id)) return id;
    }
  }

  createActivityNode(type, position) {
    const descriptor = this.descriptors.get(type);
    const activity = {
      id: this.newActivityId(type),
      type,
      name: descriptor ? localized(descriptor.displayName, this.culture) : type,
      inputs: {},
    };
    return this.graph.createNode(nodeConfig(activity, descriptor, displayedOutcomes(activity, descriptor, []), position, this.culture, this.seq++, this.portLabels));
  }

  startDrag(type, event) {
    const descriptor = this.descriptors.get(type);
    const preview = { id: 'preview', type, name: descriptor ? localized(descriptor.displayName, this.culture) : type, inputs: {} };
    const config = nodeConfig(preview, descriptor, displayedOutcomes(preview, descriptor, []), { x: 0, y: 0 }, this.culture, -1, this.portLabels);
    delete config.id;
    config.data = { type };
    this.dnd.start(this.graph.createNode(config), event);
  }

  addActivity(type, position) {
    const node = this.createActivityNode(type, position || { x: 40, y: 40 });
    this.graph.addNode(node);
    return node.id;
  }

  /** Replaces an activity's JSON (keeping its id) as one undoable step. */
  updateActivity(id, activity) {
    const next = typeof activity === 'string' ? JSON.parse(activity) : clone(activity);
    this.applyToActivity(id, () => next);
  }

  /**
   * Sets one input (null or undefined removes it) on the activity as the canvas holds it now, so edits made
   * in quick succession never work on a stale copy.
   */
  setInput(id, name, value) {
    this.panelEdits++;
    const parsed = typeof value === 'string' ? JSON.parse(value) : value;
    this.applyToActivity(id, (activity) => {
      activity.inputs = activity.inputs || {};
      if (parsed === null || parsed === undefined) delete activity.inputs[name];
      else activity.inputs[name] = parsed;
      return activity;
    });
  }

  setName(id, name) {
    this.panelEdits++;
    this.applyToActivity(id, (activity) => {
      if (name) activity.name = name;
      else delete activity.name;
      return activity;
    });
  }

  applyToActivity(id, change) {
    const node = this.graph.getCellById(id);
    if (!node || !node.isNode()) return;
    const previous = node.getData().activity;
    const next = change(clone(previous));
    next.id = id;
    const descriptor = this.descriptors.get(next.type);
    // A port renamed in place takes its connections along; any other change leaves them where they are.
    const renamed = renamedPort(outcomesOf(previous, descriptor), outcomesOf(next, descriptor));
    const edges = this.graph.getOutgoingEdges(node) || [];
    const used = edges.map((e) => (renamed && e.getSourcePortId() === renamed.from ? renamed.to : e.getSourcePortId()));
    const outcomes = displayedOutcomes(next, descriptor, used);
    const current = node.getPorts().filter((p) => p.group === 'out').map((p) => p.id);
    this.graph.startBatch('update-activity');
    node.setData({ activity: next, seq: node.getData().seq }, { overwrite: true });
    node.setAttrs(nodeLabelAttrs(next, descriptor, this.culture));
    if (current.join('\n') !== outcomes.join('\n')) {
      if (renamed) {
        // The edges move while both ports exist: an edge whose port disappears under it is dropped.
        node.prop('ports/items', portItems([...outcomes, renamed.from], this.portLabels), { rewrite: true });
        for (const edge of edges.filter((e) => e.getSourcePortId() === renamed.from)) edge.setSource({ cell: id, port: renamed.to });
      }
      node.prop('ports/items', portItems(outcomes, this.portLabels), { rewrite: true });
      node.resize(NODE_WIDTH, nodeHeight(outcomes.length));
    }
    this.graph.stopBatch('update-activity');
  }

  connect(sourceId, port, targetId) {
    this.graph.addEdge({ ...edgeConfig({ source: { activity: sourceId, port }, target: { activity: targetId, port: 'In' } }, this.seq++) });
  }

  deleteSelection() {
    const cells = this.graph.getSelectedCells();
    if (cells.length === 0) return;
    this.graph.startBatch('delete');
    this.graph.removeCells(cells);
    this.graph.stopBatch('delete');
  }

  copySelection() {
    const nodes = this.graph.getSelectedCells().filter((c) => c.isNode());
    const ids = new Set(nodes.map((n) => n.id));
    const edges = this.graph.getEdges().filter((e) => ids.has(e.getSourceCellId()) && ids.has(e.getTargetCellId()));
    this.clipboard = {
      nodes: nodes.map((n) => ({ activity: clone(n.getData().activity), position: n.getPosition() })),
      edges: edges.map((e) => ({ source: e.getSourceCellId(), port: e.getSourcePortId(), target: e.getTargetCellId() })),
    };
  }

  paste() {
    if (!this.clipboard || this.clipboard.nodes.length === 0) return;
    const renamed = new Map();
    this.graph.startBatch('paste');
    const added = [];
    for (const { activity, position } of this.clipboard.nodes) {
      const copy = clone(activity);
      copy.id = this.newActivityId(copy.type);
      renamed.set(activity.id, copy.id);
      if (copy.metadata && copy.metadata.designer) delete copy.metadata.designer.position;
      const descriptor = this.descriptors.get(copy.type);
      added.push(this.graph.addNode(nodeConfig(copy, descriptor, displayedOutcomes(copy, descriptor, []),
        { x: position.x + 40, y: position.y + 40 }, this.culture, this.seq++, this.portLabels)));
    }
    for (const e of this.clipboard.edges) this.connect(renamed.get(e.source), e.port, renamed.get(e.target));
    this.graph.stopBatch('paste');
    this.graph.resetSelection(added);
  }

  undo() { if (this.graph.canUndo()) this.graph.undo(); }

  redo() { if (this.graph.canRedo()) this.graph.redo(); }

  canUndo() { return this.graph.canUndo(); }

  canRedo() { return this.graph.canRedo(); }

  autoLayout() {
    const nodes = this.graph.getNodes();
    const positions = layeredPositions(
      nodes.map((n) => ({ id: n.id, height: n.getSize().height })),
      this.graph.getEdges().map((e) => ({ source: e.getSourceCellId(), target: e.getTargetCellId() })));
    this.graph.startBatch('layout');
    for (const node of nodes) {
      const p = positions.get(node.id);
      if (p) node.position(p.x, p.y);
    }
    this.graph.stopBatch('layout');
    this.zoomToFit();
  }

  // Fits the nodes' model geometry: views render lazily, so their boxes may not be known yet.
  zoomToFit() {
    const nodes = this.graph.getNodes();
    if (nodes.length === 0 || this.container.clientWidth === 0 || this.container.clientHeight === 0) return;
    const box = this.graph.getCellsBBox(nodes);
    if (box) this.graph.zoomToRect(box, { padding: 40, maxScale: 1, minScale: 0.2 });
  }

  // A small procedure is shown whole; a large one fitted whole would be unreadable, so it opens at a readable
  // zoom with its Start at the left edge, half-way down, where reading it begins and the rest follows rightwards.
  showOpeningView() {
    this.zoomToFit();
    if (this.graph.zoom() >= MIN_READABLE_FIT) return;
    const start = this.graph.getNodes().find((node) => node.getData().activity.type === 'Start');
    this.graph.zoomTo(READABLE_SCALE);
    if (!start) {
      this.graph.centerContent();
      return;
    }
    const box = start.getBBox();
    this.graph.translate(OPENING_MARGIN - box.x * READABLE_SCALE, this.container.clientHeight / 2 - (box.y + box.height / 2) * READABLE_SCALE);
  }

  zoom(factor) { this.graph.zoom(factor); }

  // ---- selection and marks ----

  select(ids) {
    const cells = (ids || []).map((id) => this.graph.getCellById(id)).filter(Boolean);
    this.graph.resetSelection(cells);
    if (cells.length === 1) this.graph.centerCell(cells[0]);
  }

  selectedIds() {
    return this.graph.getSelectedCells().filter((c) => c.isNode()).map((c) => c.id);
  }

  markProblems(problems) {
    this.problems = new Map();
    for (const p of problems || []) {
      if (!p.activityId) continue;
      if (!this.problems.has(p.activityId)) this.problems.set(p.activityId, []);
      this.problems.get(p.activityId).push(p.message);
    }
    this.restyle();
  }

  markExecution(state) {
    this.execution = {
      completed: new Set(state.completed || []),
      waiting: new Set(state.waiting || []),
      faulted: new Set(state.faulted || []),
      path: new Set(state.path || []),
    };
    this.restyle();
  }

  restyle() {
    for (const node of this.graph.getNodes()) restyleNode(node, this.problems, this.execution, QUIET);
    for (const edge of this.graph.getEdges()) restyleEdge(edge, this.isTaken(edge), QUIET);
    for (const cell of this.graph.getCells()) {
      const view = this.graph.findViewByCell(cell);
      if (view) this.decorate(view);
    }
    this.container.dataset.problems = String(this.problems.size);
  }

  isTaken(edge) {
    return this.execution.path.has(connectionKey(edge.getSourceCellId(), edge.getSourcePortId(), edge.getTargetCellId()));
  }

  decorate(view) {
    const cell = view.cell;
    if (!cell || !view.container) return;
    if (cell.isNode()) decorateNodeView(view.container, cell.id, this.problems, this.execution);
    else decorateEdgeView(view.container, this.isTaken(cell));
  }

  // ---- events to .NET ----

  scheduleChange() {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.reportChange(), CHANGE_DELAY_MS);
  }

  reportChange() {
    this.revision++;
    this.container.dataset.revision = String(this.revision);
    if (this.onChange) this.onChange(this.getDefinitionJson());
    if (this.dotNet && globalThis.DotNet) {
      const stream = globalThis.DotNet.createJSStreamReference(this.getDefinitionBytes());
      // How many of the page's edits the report includes: one sent before it was made is not in it yet.
      this.dotNet.invokeMethodAsync('OnDefinitionChanged', stream, this.revision, this.graph.canUndo(), this.graph.canRedo(), this.panelEdits);
    }
  }

  // X6 reports a click that moves the selection as two changes (cleared, then the new node): the page is told once,
  // the final selection, numbered so that it can never apply an older one after a newer one.
  reportSelection() {
    if (this.selectionReportQueued) return;
    this.selectionReportQueued = true;
    queueMicrotask(() => {
      this.selectionReportQueued = false;
      const ids = this.selectedIds();
      this.selectionRevision++;
      if (this.onSelect) this.onSelect(ids);
      if (this.dotNet) this.dotNet.invokeMethodAsync('OnSelectionChanged', ids, this.selectionRevision);
    });
  }

  dispose() {
    clearTimeout(this.changeTimer);
    this.graph.dispose();
    delete this.container.approvalsDesigner;
  }
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

export function create(container, options, dotNet) {
  return new Designer(container, options || {}, dotNet || null);
}

