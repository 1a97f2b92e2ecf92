import { DotNetCallbacks } from './callbacks.js';
import { fromGraph } from './definition.js';
import { publishDefinition, publishRevision } from './pageState.js';

const CHANGE_DELAY_MS = 200;

/** The definition as drawn. */
export function currentDefinition(designer) {
  return fromGraph(designer.graph, designer.definition, designer.orphanConnections);
}

export function definitionJson(designer) {
  return JSON.stringify(currentDefinition(designer));
}

/** UTF-8 bytes of the definition; .NET reads them as an IJSStreamReference, so its size never meets the circuit's limit. */
export function definitionBytes(designer) {
  return new TextEncoder().encode(definitionJson(designer));
}

/** Edits come in bursts (a drag moves a node many times): the page hears of them once the burst is over. */
export function scheduleChange(designer) {
  clearTimeout(designer.changeTimer);
  designer.changeTimer = setTimeout(() => reportChange(designer), CHANGE_DELAY_MS);
}

function reportChange(designer) {
  designer.revision++;
  const json = definitionJson(designer);
  publishDefinition(designer, json);
  publishRevision(designer);
  if (designer.dotNet && globalThis.DotNet) {
    const stream = globalThis.DotNet.createJSStreamReference(new TextEncoder().encode(json));
    const { graph } = designer;
    // How many of the page's edits the report includes: one sent before it was made is not in it yet.
    designer.dotNet.invokeMethodAsync(DotNetCallbacks.definitionChanged, stream, designer.revision, graph.canUndo(), graph.canRedo(), designer.panelEdits);
  }
}
