/**
 * The .NET methods the canvas calls back ([JSInvokable] on DesignerCanvas). A test in Approvals.Web.Tests holds
 * this list and the C# methods equal.
 */
export const DotNetCallbacks = Object.freeze({
  /** (definition: stream of UTF-8 JSON, revision: int, canUndo: bool, canRedo: bool, panelEdits: int) */
  definitionChanged: 'OnDefinitionChanged',
  /** (activityIds: string[], revision: int) */
  selectionChanged: 'OnSelectionChanged',
});
