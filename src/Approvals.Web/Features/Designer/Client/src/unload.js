// While the page holds edits the server has not, closing or reloading the tab asks first (the browser words it).
export function guardUnload(designer, unsaved) {
  if (!designer.unloadGuard) {
    designer.unloadGuard = (event) => {
      event.preventDefault();
      event.returnValue = '';
    };
  }
  designer.container.setAttribute('data-unload-guard', unsaved ? 'on' : 'off');
  if (unsaved) window.addEventListener('beforeunload', designer.unloadGuard);
  else window.removeEventListener('beforeunload', designer.unloadGuard);
}

export function releaseUnload(designer) {
  if (designer.unloadGuard) window.removeEventListener('beforeunload', designer.unloadGuard);
}
