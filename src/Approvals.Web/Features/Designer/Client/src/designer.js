import { MiniMap } from '@antv/x6';
import { createGraph } from './canvas.js';
import { clone, emptyDefinition, toGraph } from './definition.js';
import { bindKeys } from './keyboard.js';
import { registerShapes } from './nodes.js';
import { decorateCounts } from './heat.js';
import { decorate, noExecution } from './overlay.js';
import { publishDefinition, publishLoad, publishZoom } from './pageState.js';
import { definitionJson, scheduleChange } from './reporting.js';
import { reportSelection } from './selection.js';
import { attachStencil } from './stencil.js';
import { injectStyles } from './styles.js';
import { releaseUnload } from './unload.js';
import { showOpeningView } from './viewport.js';

/**
 * One canvas and its state. Blazor owns the definition: it loads one, and hears of every edit as the whole
 * definition. What each part does lives in its own module; this one only wires them to the graph's events.
 */
export class Designer {
  constructor(container, options, dotNet) {
    injectStyles();
    registerShapes();
    this.container = container;
    this.readOnly = !!options.readOnly;
    this.culture = options.culture || 'zh-CN';
    this.portLabels = options.portLabels || {};
    this.paletteContainer = options.paletteContainer || null;
    this.dotNet = dotNet;
    this.definition = emptyDefinition();
    this.descriptors = new Map();
    this.orphanConnections = [];
    this.seq = 0;
    this.problems = new Map();
    this.warnings = new Map();
    this.counts = null;
    this.execution = noExecution();
    this.diff = new Map();
    this.clipboard = null;
    this.changeTimer = null;
    this.revision = 0;
    this.selectionRevision = 0;
    this.panelEdits = 0;
    this.graph = createGraph(container, this.readOnly);
    if (!this.readOnly) bindKeys(this);
    if (options.minimapContainer) {
      this.graph.use(new MiniMap({ container: options.minimapContainer, width: 200, height: 140, padding: 10 }));
    }
    this.graph.on('history:add', () => scheduleChange(this));
    this.graph.on('history:undo', () => scheduleChange(this));
    this.graph.on('history:redo', () => scheduleChange(this));
    this.graph.on('selection:changed', () => reportSelection(this));
    this.graph.on('view:mounted', ({ view }) => {
      decorate(this, view);
      if (view.cell && view.cell.isNode()) decorateCounts(this, view);
    });
    this.graph.on('scale', () => publishZoom(this));
  }

  /** Draws a definition with the activity descriptors (as GET /api/activities gives them); the history starts empty. */
  load(definition, descriptors) {
    const started = performance.now();
    this.definition = typeof definition === 'string' ? JSON.parse(definition) : clone(definition);
    const list = typeof descriptors === 'string' ? JSON.parse(descriptors) : descriptors || [];
    this.descriptors = new Map(list.map((d) => [d.type, d]));
    if (this.paletteContainer && !this.readOnly) attachStencil(this, this.paletteContainer, list);
    const { nodes, edges, orphans, nextSeq } = toGraph(this.definition, this.descriptors, this.culture, this.portLabels);
    this.seq = nextSeq;
    this.orphanConnections = orphans;
    this.graph.disableHistory();
    this.graph.fromJSON({ nodes, edges });
    this.graph.enableHistory();
    this.graph.cleanHistory();
    this.problems = new Map();
    this.warnings = new Map();
    showOpeningView(this);
    publishLoad(this, nodes.length, Math.round(performance.now() - started));
    publishZoom(this);
    publishDefinition(this, definitionJson(this));
  }

  dispose() {
    clearTimeout(this.changeTimer);
    releaseUnload(this);
    this.graph.dispose();
  }
}
