// The designer's own styles, injected once so the bundle is the only file a page needs.
const css = `
.apd-palette { display: flex; flex-direction: column; gap: 6px; overflow-y: auto; font-size: 13px; }
.apd-palette-search { width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid #c5cdd6; border-radius: 4px; }
.apd-palette-group h4 { margin: 8px 0 4px; font-size: 12px; color: #6b7785; text-transform: uppercase; }
.apd-palette-item { display: flex; align-items: center; gap: 8px; padding: 6px 8px; margin-bottom: 4px; border: 1px solid #d5dce3;
  border-radius: 4px; background: #fff; cursor: grab; user-select: none; }
.apd-palette-item:hover { border-color: #1565c0; background: #e3f2fd; }
.apd-palette-icon { width: 18px; text-align: center; color: #1565c0; }
.x6-widget-selection-box { border: 2px dashed #1565c0; }
.apd-editor-body { display: flex; gap: 12px; align-items: stretch; position: relative; }
.apd-editor-canvas { flex: 1; min-width: 0; }
.apd-side-panel { width: 340px; flex: none; overflow-y: auto; }
/* On a laptop the panel floats over the canvas's right edge while it shows an activity, so the canvas keeps the
   width; with nothing selected it gives the canvas the whole width. */
@media (max-width: 1500px) {
  .apd-side-panel { position: absolute; top: 0; right: 0; z-index: 6; box-shadow: -2px 2px 10px rgba(0, 0, 0, .2); }
  .apd-side-panel.apd-idle { display: none; }
}
`;

let injected = false;

export function injectStyles() {
  if (injected || typeof document === 'undefined') return;
  injected = true;
  const style = document.createElement('style');
  style.setAttribute('data-approvals-designer', '');
  style.textContent = css;
  document.head.appendChild(style);
}
