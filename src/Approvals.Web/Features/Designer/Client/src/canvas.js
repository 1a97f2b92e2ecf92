import { Graph, History, Selection, Snapline } from '@antv/x6';
import { CONNECTOR, EDGE_ATTRS, ROUTER } from './edges.js';

const clone = (value) => JSON.parse(JSON.stringify(value));

/**
 * The X6 graph and its plugins. A read-only canvas (an instance or an old version) can be looked at and
 * selected, never edited: no history, no snaplines, no connecting.
 */
export function createGraph(container, readOnly) {
  const graph = new Graph({
    container,
    autoResize: true,
    background: { color: '#f7f9fb' },
    grid: { visible: true, size: 10, type: 'dot' },
    panning: { enabled: true, eventTypes: ['rightMouseDown', 'mouseWheel'] },
    mousewheel: { enabled: true, modifiers: ['ctrl', 'meta'], minScale: 0.2, maxScale: 2 },
    interacting: readOnly ? false : { nodeMovable: true, edgeMovable: false, edgeLabelMovable: false, magnetConnectable: true },
    connecting: {
      allowBlank: false,
      allowLoop: false,
      allowNode: false,
      allowEdge: false,
      allowPort: true,
      allowMulti: 'withPort',
      highlight: true,
      snap: { radius: 24 },
      router: ROUTER,
      connector: CONNECTOR,
      createEdge: () => graph.createEdge({ shape: 'edge', router: ROUTER, connector: CONNECTOR, attrs: clone(EDGE_ATTRS) }),
      validateMagnet: ({ magnet }) => !readOnly && magnet.getAttribute('port-group') === 'out',
      validateConnection: (args) => !readOnly && isOutToIn(args),
    },
  });
  graph.use(new History({
    enabled: !readOnly,
    beforeAddCommand: (event, args) => !(args && args.options && args.options.ignoreHistory),
  }));
  graph.use(new Selection({
    enabled: true,
    multiple: !readOnly,
    rubberband: !readOnly,
    movable: !readOnly,
    showNodeSelectionBox: true,
    pointerEvents: 'none',
  }));
  if (!readOnly) graph.use(new Snapline({ enabled: true }));
  return graph;
}

// A connection runs from an outcome port of one activity to the In port of another.
function isOutToIn({ sourceCell, targetCell, sourcePort, targetPort, targetMagnet }) {
  if (!sourceCell || !targetCell || !targetMagnet || sourceCell === targetCell) return false;
  const source = sourceCell.getPort(sourcePort);
  const target = targetCell.getPort(targetPort);
  return !!source && !!target && source.group === 'out' && target.group === 'in';
}
