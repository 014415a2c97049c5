/** The height message: data-free, versioned, sent on every change and only on change. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heightMessage, parentTarget, startHeightReporter } from '../../../src/app/embedHeight.ts';

type Callback = () => void;
let observers: { cb: Callback; disconnected: boolean }[] = [];

class FakeResizeObserver {
  private entry: { cb: Callback; disconnected: boolean };
  constructor(cb: Callback) {
    this.entry = { cb, disconnected: false };
    observers.push(this.entry);
  }
  observe() {}
  disconnect() {
    this.entry.disconnected = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  observers = [];
});

function element(heights: number[]): Element {
  const el = document.createElement('div');
  let i = 0;
  el.getBoundingClientRect = () => ({ height: heights[Math.min(i++, heights.length - 1)] }) as DOMRect;
  return el;
}

describe('startHeightReporter', () => {
  it('posts { type, height, version } to the parent with "*", once per distinct height', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const posted: [unknown, string][] = [];
    const stop = startHeightReporter(element([400.2, 401, 401, 380]), {
      postMessage: (m, o) => posted.push([m, o]),
    });
    for (let i = 0; i < 3; i++) observers[0]?.cb();
    expect(posted).toEqual([
      [{ type: 'chainatlas:height', height: 401, version: 1 }, '*'],
      [{ type: 'chainatlas:height', height: 380, version: 1 }, '*'],
    ]);
    stop();
    expect(observers[0]?.disconnected).toBe(true);
  });

  it('does nothing without a parent or without ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    expect(() => startHeightReporter(element([10]), null)()).not.toThrow();
    vi.stubGlobal('ResizeObserver', undefined);
    const post = vi.fn();
    startHeightReporter(element([10]), { postMessage: post })();
    expect(post).not.toHaveBeenCalled();
  });

  it('the message carries nothing but a number', () => {
    expect(heightMessage(12.1)).toEqual({ type: 'chainatlas:height', height: 13, version: 1 });
  });

  it('has no parent to tell on the top page', () => {
    expect(parentTarget(window)).toBeNull();
  });
});
