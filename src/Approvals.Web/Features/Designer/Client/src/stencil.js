import { Dnd } from '@antv/x6';
import { createActivityNode } from './edits.js';
import { nodeConfig } from './nodes.js';
import { renderPalette } from './palette.js';
import { displayedOutcomes } from './ports.js';
import { localized } from './text.js';

/**
 * Drag and drop from the palette: pressing on a palette item drags a preview of the activity; dropping it on the
 * canvas adds a new activity there.
 */
export function attachStencil(designer, paletteContainer, descriptorList) {
  designer.dnd = designer.dnd || new Dnd({
    target: designer.graph,
    scaled: false,
    getDropNode: (dragging) => createActivityNode(designer, dragging.getData().type, { x: 0, y: 0 }),
  });
  renderPalette(paletteContainer, descriptorList, designer.culture, (type, event) => startDrag(designer, type, event));
}

function startDrag(designer, type, event) {
  const descriptor = designer.descriptors.get(type);
  const preview = { id: 'preview', type, name: descriptor ? localized(descriptor.displayName, designer.culture) : type, inputs: {} };
  const config = nodeConfig(preview, descriptor, displayedOutcomes(preview, descriptor, []), { x: 0, y: 0 }, designer.culture, -1, designer.portLabels);
  delete config.id;
  config.data = { type };
  designer.dnd.start(designer.graph.createNode(config), event);
}
