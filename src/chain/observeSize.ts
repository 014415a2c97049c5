/**
 * Calls back with the element's CSS size whenever it changes (ResizeObserver), once right away.
 * Without ResizeObserver (jsdom) only the initial size is reported.
 */
export function observeSize(el: HTMLElement, onSize: (width: number, height: number) => void): () => void {
  let w = el.clientWidth;
  let h = el.clientHeight;
  onSize(w, h);
  if (typeof ResizeObserver === 'undefined') return () => {};
  const ro = new ResizeObserver((entries) => {
    const r = entries[entries.length - 1]?.contentRect;
    if (!r || (r.width === w && r.height === h)) return;
    w = r.width;
    h = r.height;
    onSize(w, h);
  });
  ro.observe(el);
  return () => ro.disconnect();
}
