/**
 * The interop contract: the only functions .NET calls, one per method of DesignerInterop (C#), with the same
 * arguments. A test in Approvals.Web.Tests fails when the two lists differ. Every function but create takes the
 * designer that create returned.
 */
import { Designer } from './designer.js';
import { saveAs } from './download.js';
import * as edits from './edits.js';
import * as heat from './heat.js';
import * as overlay from './overlay.js';
import { currentDefinition, definitionBytes } from './reporting.js';
import * as selection from './selection.js';
import { guardUnload as guard } from './unload.js';
import * as viewport from './viewport.js';

/**
 * @param {HTMLElement} container the canvas element
 * @param {{ readOnly: boolean, culture: string, portLabels: Object<string, string>, minimapContainer: HTMLElement, paletteContainer?: HTMLElement }} options
 * @param {object} dotNet the DesignerCanvas to call back (see callbacks.js)
 * @returns {Designer}
 */
export function create(container, options, dotNet) {
  return new Designer(container, options || {}, dotNet || null);
}

/** @param {string} definitionJson @param {string} descriptorsJson */
export function load(designer, definitionJson, descriptorsJson) {
  designer.load(definitionJson, descriptorsJson);
}

/** @returns {Uint8Array} the definition as drawn, UTF-8 JSON (read by .NET as a stream) */
export function getDefinitionBytes(designer) {
  return definitionBytes(designer);
}

/** @param {string} activityId @param {string} input @param {string|null} valueJson null removes the input */
export function setInput(designer, activityId, input, valueJson) {
  edits.setInput(designer, activityId, input, valueJson);
}

/** @param {string} activityId @param {string|null} name @param {string} culture */
export function setName(designer, activityId, name, culture) {
  edits.setName(designer, activityId, name, culture);
}

/** @param {{ activityId: string, message: string }[]} problems */
export function markProblems(designer, problems) {
  overlay.markProblems(designer, problems);
}

/** @param {{ completed: string[], waiting: string[], faulted: string[], path: string[] }} execution */
export function markExecution(designer, execution) {
  overlay.markExecution(designer, execution);
}

/** @param {{ added: string[], removed: string[], changed: string[] }} diff */
export function markDiff(designer, diff) {
  overlay.markDiff(designer, diff);
}

/** @param {{ activityId: string, waiting: number, passed: number }[]} counts instances per activity (the heatmap) */
export function markCounts(designer, counts) {
  heat.markCounts(designer, counts);
}

/** @param {string[]} activityIds the activities to keep in view (an instance's waiting steps) */
export function revealActivities(designer, activityIds) {
  viewport.revealActivities(designer, activityIds);
}

/** @param {string[]} activityIds */
export function select(designer, activityIds) {
  selection.select(designer, activityIds);
}

export function undo(designer) {
  edits.undo(designer);
}

export function redo(designer) {
  edits.redo(designer);
}

export function autoLayout(designer) {
  viewport.autoLayout(designer);
}

export function zoomToFit(designer) {
  viewport.zoomToFit(designer);
}

/** @param {number} factor added to the scale (0.1 zooms in by 10 %) */
export function zoom(designer, factor) {
  designer.graph.zoom(factor);
}

/** @param {string} fileName */
export function download(designer, fileName) {
  saveAs(fileName, JSON.stringify(currentDefinition(designer), null, 2));
}

/** @param {boolean} unsaved whether closing the tab should ask first */
export function guardUnload(designer, unsaved) {
  guard(designer, unsaved);
}

export function destroy(designer) {
  designer.dispose();
}
