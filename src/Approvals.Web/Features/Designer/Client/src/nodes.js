import { Graph } from '@antv/x6';
import { glyphFor } from './icons.js';
import { localized, shorten, wrap } from './text.js';

export const NODE_SHAPE = 'approvals-activity';
// 170 wide so the shipped procedures, drawn on a 200 px grid, keep a gap between neighbours.
export const NODE_WIDTH = 170;
const HEADER_HEIGHT = 42;
const PORT_SPACING = 18;
const MIN_HEIGHT = 48;
// A name is wrapped onto up to three lines of this height: at 100 % it is read whole, never cut off.
const LINE_HEIGHT = 16;
const LABEL_WIDTH = 20;
const MAX_LABEL_LINES = 3;

let registered = false;

export function registerShapes() {
  if (registered) return;
  registered = true;
  Graph.registerNode(NODE_SHAPE, {
    inherit: 'rect',
    width: NODE_WIDTH,
    height: MIN_HEIGHT,
    markup: [
      { tagName: 'rect', selector: 'body' },
      { tagName: 'text', selector: 'icon' },
      { tagName: 'text', selector: 'label', className: 'node-label' },
      { tagName: 'text', selector: 'kind' },
      { tagName: 'text', selector: 'badge' },
    ],
    attrs: {
      body: { rx: 6, ry: 6, fill: '#ffffff', stroke: '#5f6b7a', strokeWidth: 1.5 },
      icon: { refX: 10, refY: 14, fontSize: 16, fill: '#1565c0', textAnchor: 'start', textVerticalAnchor: 'middle' },
      label: { refX: 28, refY: 14, fontSize: 13, fontWeight: 600, fill: '#1f2933', textAnchor: 'start', textVerticalAnchor: 'middle' },
      kind: { refX: 28, refY: 31, fontSize: 11, fill: '#6b7785', textAnchor: 'start', textVerticalAnchor: 'middle' },
      // On the type's line, not the name's: a badge never covers the name.
      badge: { refX: '100%', refX2: -8, refY: 31, fontSize: 12, fontWeight: 700, fill: '#c62828', textAnchor: 'end', textVerticalAnchor: 'middle', text: '' },
    },
    ports: {
      groups: {
        in: {
          position: 'left',
          attrs: { circle: { r: 6, magnet: 'passive', stroke: '#5f6b7a', strokeWidth: 1.5, fill: '#ffffff' } },
        },
        // Outcome ports sit below the header, one per row, so their labels never cover the name.
        out: {
          position: 'absolute',
          label: { position: { name: 'left', args: { x: -10 } } },
          attrs: {
            circle: { r: 6, magnet: true, stroke: '#1565c0', strokeWidth: 1.5, fill: '#e3f2fd' },
            text: { fontSize: 10, fill: '#37474f' },
          },
        },
      },
    },
  }, true);
}

/** The header grows by a line for each extra line of the name; outcome ports sit below it. */
function headerHeight(labelLines) {
  return HEADER_HEIGHT + (Math.max(1, labelLines) - 1) * LINE_HEIGHT;
}

export function nodeHeight(outcomeCount, labelLines = 1) {
  return Math.max(MIN_HEIGHT + (Math.max(1, labelLines) - 1) * LINE_HEIGHT, headerHeight(labelLines) + outcomeCount * PORT_SPACING);
}

/** Ports keep their ids (connections name them); labels read in the UI's language where one is known. */
export function portItems(outcomes, portLabels = {}, labelLines = 1) {
  return [
    { id: 'In', group: 'in' },
    ...outcomes.map((o, i) => ({
      id: o,
      group: 'out',
      args: { x: NODE_WIDTH, y: headerHeight(labelLines) + PORT_SPACING * i + PORT_SPACING / 2 },
      attrs: { text: { text: shorten(portLabels[o] || o, 20) } },
    })),
  ];
}

/** The activity's name in the UI's language (`names`), else the one name older definitions carry, else its id. */
export function activityName(activity, culture) {
  const names = activity.names || {};
  const wanted = culture && culture.toLowerCase().startsWith('en') ? names.en : names['zh-CN'];
  return wanted || activity.name || activity.id;
}

/** The lines the activity's name takes on its node. */
export function labelLines(activity, culture) {
  return wrap(activityName(activity, culture), LABEL_WIDTH, MAX_LABEL_LINES);
}

export function nodeLabelAttrs(activity, descriptor, culture) {
  const typeName = descriptor ? localized(descriptor.displayName, culture) : `${activity.type} ?`;
  const lines = labelLines(activity, culture);
  const extra = (lines.length - 1) * LINE_HEIGHT;
  return {
    icon: { text: glyphFor(descriptor ? descriptor.icon : '') },
    // Centred lines: the first stays where a one-line name sits, the rest go below it.
    label: { text: lines.join('\n'), lineHeight: LINE_HEIGHT, refY: 14 + extra / 2 },
    kind: { text: shorten(typeName, 16), refY: 31 + extra },
    badge: { refY: 31 + extra },
  };
}

/** The X6 node for an activity; the node id is the activity id, the activity's JSON travels in its data. */
export function nodeConfig(activity, descriptor, outcomes, position, culture, seq, portLabels = {}) {
  const lines = labelLines(activity, culture).length;
  return {
    id: activity.id,
    shape: NODE_SHAPE,
    x: position.x,
    y: position.y,
    width: NODE_WIDTH,
    height: nodeHeight(outcomes.length, lines),
    attrs: nodeLabelAttrs(activity, descriptor, culture),
    ports: { items: portItems(outcomes, portLabels, lines) },
    data: { activity, seq },
  };
}
