/**
 * Keeps the store and the address bar in step. Selections push a history entry (so Back returns to the
 * previous view); camera moves only replace the current one. Back/forward re-applies the URL to the store.
 * The app works the same without this module; it only mirrors state.
 */
import type { AppStore } from './store.ts';
import { viewOf } from './store.ts';
import { formatView, parseView } from './urlCodec.ts';

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let applyingUrl = false;
  const unsubscribe = store.subscribe((state, prev) => {
    if (applyingUrl) return;
    const query = formatView(viewOf(state), win.location.search);
    if (query === win.location.search) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    const onlyCamera =
      state.cluster === prev.cluster &&
      state.node === prev.node &&
      state.city === prev.city &&
      state.tab === prev.tab &&
      state.lang === prev.lang;
    if (onlyCamera) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });
  const onPop = () => {
    applyingUrl = true;
    try {
      store.getState().applyView(parseView(win.location.search));
    } finally {
      applyingUrl = false;
    }
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
