/**
 * Tells the page that frames us how tall our content is, so it can size the <iframe> and neither page
 * shows a scrollbar. The message is data-free (a type tag, a number and a version), which is why it
 * may go to any parent origin ('*'): an embed cannot know who frames it, and a height leaks nothing.
 *
 *   { type: 'chainatlas:height', height: <CSS px, integer>, version: 1 }
 *
 * It is posted whenever the content height changes (ResizeObserver), and once at start. We never
 * listen for messages: nothing a parent sends can change this page (see EmbedDialog's host snippet for
 * the parent's side, which checks `event.source` and the origin).
 */
export const HEIGHT_MESSAGE_TYPE = 'chainatlas:height';
export const HEIGHT_MESSAGE_VERSION = 1;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
  version: typeof HEIGHT_MESSAGE_VERSION;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height), version: HEIGHT_MESSAGE_VERSION };
}

/** The part of Window this needs; tests pass a fake. */
export interface HeightTarget {
  postMessage(message: HeightMessage, targetOrigin: string): void;
}

/**
 * Observes `el` and posts its height to `target` on every change (deduplicated). Measures the element,
 * not the document: a document is never shorter than its viewport, so its height could only grow.
 * Returns a stop function. A no-op where ResizeObserver is missing.
 */
export function startHeightReporter(el: Element, target: HeightTarget | null): () => void {
  if (!target || typeof ResizeObserver === 'undefined') return () => undefined;
  let last = -1;
  const report = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last || !Number.isFinite(height) || height <= 0) return;
    last = height;
    target.postMessage(heightMessage(height), '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(el);
  report();
  return () => observer.disconnect();
}

/** The window framing us, or null when we are the top page (then there is no one to tell). */
export function parentTarget(win: Window = window): HeightTarget | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}
