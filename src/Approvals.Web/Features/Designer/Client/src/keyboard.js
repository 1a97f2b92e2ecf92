import { Keyboard } from '@antv/x6';
import { copySelection, deleteSelection, paste, redo, undo } from './edits.js';

/** The editing keys, active while the canvas has the focus (a press on it gives it the focus). */
export function bindKeys(designer) {
  const { graph, container } = designer;
  graph.use(new Keyboard({ enabled: true, global: false }));
  graph.bindKey(['ctrl+z', 'meta+z'], () => { undo(designer); return false; });
  graph.bindKey(['ctrl+y', 'meta+y', 'ctrl+shift+z', 'meta+shift+z'], () => { redo(designer); return false; });
  graph.bindKey(['del', 'backspace'], () => { deleteSelection(designer); return false; });
  graph.bindKey(['ctrl+c', 'meta+c'], () => { copySelection(designer); return false; });
  graph.bindKey(['ctrl+v', 'meta+v'], () => { paste(designer); return false; });
  graph.bindKey(['ctrl+a', 'meta+a'], () => { graph.select(graph.getNodes()); return false; });
  container.addEventListener('mousedown', () => container.focus({ preventScroll: true }));
}
