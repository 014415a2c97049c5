import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CACHE_THRESHOLD, type ChainRenderer, createChainRenderer } from '../../../src/chain/renderer.ts';
import { lightTheme } from '../../../src/chain/theme.ts';
import { toScreen } from '../../../src/chain/viewport.ts';
import { buildChainGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';
import positions from '../../fixtures/chain/positions.json';
import { type RecordingContext, recordingContext } from '../../fixtures/chain/recordingContext.ts';
import { syntheticGraph } from '../../fixtures/chain/synthetic.ts';

// jsdom has no canvas: every canvas gets its own recording context.
const contexts = new Map<HTMLCanvasElement, RecordingContext>();
const tick = (ms = 40) => new Promise((r) => setTimeout(r, ms));

function pointer(type: string, el: Element, x: number, y: number, extra: Record<string, unknown> = {}) {
  const e = new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0 });
  Object.assign(e, { pointerId: 1, pointerType: 'mouse', ...extra });
  el.dispatchEvent(e);
}

describe('createChainRenderer', () => {
  const graph = buildChainGraph(fixtureCluster);
  let host: HTMLDivElement;
  let r: ChainRenderer;
  const onSelect = vi.fn();
  const onHover = vi.fn();
  const onViewChange = vi.fn();
  const base = { graph, positions, selectedId: null, emphasisIds: null, focusId: null, lang: 'en' as const };

  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      const rec = contexts.get(this) ?? recordingContext();
      contexts.set(this, rec);
      return rec.ctx;
    } as unknown as typeof HTMLCanvasElement.prototype.getContext);
    host = document.createElement('div');
    Object.defineProperty(host, 'clientWidth', { value: 800 });
    Object.defineProperty(host, 'clientHeight', { value: 500 });
    document.body.appendChild(host);
    onSelect.mockReset();
    onHover.mockReset();
    onViewChange.mockReset();
    r = createChainRenderer(host, { theme: lightTheme, lang: 'en', onSelect, onHover, onViewChange });
    r.update(base);
  });
  afterEach(() => {
    r.destroy();
    host.remove();
    contexts.clear();
    vi.restoreAllMocks();
  });

  const canvas = () => host.querySelector('canvas') as HTMLCanvasElement;
  const at = (id: keyof typeof positions) => toScreen(r.getView(), positions[id]);

  it('adds a focusable, labelled canvas sized for the device pixel ratio and fits the graph', async () => {
    expect(canvas().tabIndex).toBe(0);
    expect(canvas().getAttribute('aria-label')).toMatch(/Industrial chain diagram/);
    expect(canvas().width).toBe(800 * (window.devicePixelRatio || 1));
    const p = at('seg-a');
    expect(p.x).toBeGreaterThan(0);
    expect(p.x).toBeLessThan(800);
    await tick();
    const main = contexts.get(canvas());
    expect(main?.count('drawImage')).toBeGreaterThan(0);
  });

  it('selects on click and clears on a click on empty space', () => {
    const p = at('seg-b');
    pointer('pointerdown', canvas(), p.x, p.y);
    pointer('pointerup', canvas(), p.x + 1, p.y);
    expect(onSelect).toHaveBeenLastCalledWith('seg-b');
    pointer('pointerdown', canvas(), 2, 2);
    pointer('pointerup', canvas(), 2, 2);
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('reports hover and leave', () => {
    const p = at('prod-1');
    pointer('pointermove', canvas(), p.x, p.y);
    expect(onHover).toHaveBeenLastCalledWith('prod-1');
    canvas().dispatchEvent(new MouseEvent('pointerleave'));
    expect(onHover).toHaveBeenLastCalledWith(null);
  });

  it('drags a node to pin it there, without selecting it; the pin survives updates', () => {
    const p = at('prod-3');
    pointer('pointerdown', canvas(), p.x, p.y);
    pointer('pointermove', canvas(), p.x + 30, p.y + 40);
    pointer('pointerup', canvas(), p.x + 30, p.y + 40);
    expect(onSelect).not.toHaveBeenCalled();
    r.update({ ...base, selectedId: 'seg-a' });
    pointer('pointermove', canvas(), p.x + 30, p.y + 40);
    expect(onHover).toHaveBeenLastCalledWith('prod-3');
  });

  it('pans with a drag on empty space', () => {
    const before = r.getView();
    pointer('pointerdown', canvas(), 5, 5);
    pointer('pointermove', canvas(), 25, 15);
    pointer('pointerup', canvas(), 25, 15);
    expect(r.getView()).toEqual({ ...before, x: before.x + 20, y: before.y + 10 });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('zooms with the wheel and reports the view once it rests', async () => {
    const k = r.getView().k;
    canvas().dispatchEvent(
      new WheelEvent('wheel', { deltaY: -100, clientX: 400, clientY: 250, cancelable: true }),
    );
    expect(r.getView().k).toBeGreaterThan(k);
    expect(onViewChange).not.toHaveBeenCalled();
    await tick(400);
    expect(onViewChange).toHaveBeenCalledWith(r.getView());
  });

  it('handles the keyboard: +/- zoom, arrows pan, Escape clears the selection', () => {
    const v = r.getView();
    canvas().dispatchEvent(new KeyboardEvent('keydown', { key: '+' }));
    expect(r.getView().k).toBeCloseTo(v.k * 1.25);
    canvas().dispatchEvent(new KeyboardEvent('keydown', { key: '-' }));
    expect(r.getView().k).toBeCloseTo(v.k);
    canvas().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
    expect(r.getView().x).toBeCloseTo(v.x + 60);
    canvas().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('focuses a neighbourhood on double-click and clears it on empty space', async () => {
    const p = at('prod-3');
    canvas().dispatchEvent(new MouseEvent('dblclick', { clientX: p.x, clientY: p.y }));
    await tick();
    const dimmed = () =>
      [...contexts.values()].some((c) =>
        c.calls.some((x) => x.op === 'set:globalAlpha' && x.args[0] === lightTheme.dimAlpha),
      );
    expect(dimmed()).toBe(true);
    for (const c of contexts.values()) c.calls.length = 0;
    canvas().dispatchEvent(new MouseEvent('dblclick', { clientX: 1, clientY: 1 }));
    await tick();
    expect(dimmed()).toBe(false);
  });

  it('hands focus to the caller when it owns it', () => {
    const onFocus = vi.fn();
    const other = document.createElement('div');
    const r2 = createChainRenderer(other, { theme: lightTheme, lang: 'zh', onSelect, onHover, onFocus });
    r2.update(base);
    r2.setView(r.getView());
    const p = at('seg-d');
    other.querySelector('canvas')?.dispatchEvent(new MouseEvent('dblclick', { clientX: p.x, clientY: p.y }));
    expect(onFocus).toHaveBeenCalledWith('seg-d');
    r2.destroy();
  });

  it('flies to a node, sets and fits the view', async () => {
    r.setView({ x: 0, y: 0, k: 1 });
    expect(r.getView()).toEqual({ x: 0, y: 0, k: 1 });
    r.flyTo('seg-d');
    await tick(700);
    const p = at('seg-d');
    expect(p.x).toBeCloseTo(400, 0);
    expect(p.y).toBeCloseTo(250, 0);
    r.fit();
    expect(r.getView().k).toBeLessThanOrEqual(1.6);
  });

  it('exports the current view at a given scale', () => {
    const out = r.toCanvas(2);
    expect([out.width, out.height]).toEqual([1600, 1000]);
    expect(contexts.get(out)?.calls.some((c) => c.op === 'fillText' && c.args[0] === 'Segment A')).toBe(true);
  });

  it('draws big graphs from the cached bitmap while the view moves', async () => {
    const big = syntheticGraph(CACHE_THRESHOLD + 100);
    const pos = Object.fromEntries(
      big.nodes.map((n, i) => [n.id, { x: (i % 40) * 20, y: Math.floor(i / 40) * 20 }]),
    );
    r.update({ ...base, graph: big, positions: pos });
    await tick();
    const baseCtx = () =>
      [...contexts.entries()].find(([c]) => c !== canvas() && c.isConnected === false)?.[1];
    const paints = () => baseCtx()?.count('fillText') ?? 0;
    const settled = paints();
    for (let i = 0; i < 3; i++) {
      canvas().dispatchEvent(
        new WheelEvent('wheel', { deltaY: -50, clientX: 300, clientY: 200, cancelable: true }),
      );
      await tick(30);
    }
    expect(paints()).toBe(settled); // frames while moving: one drawImage each, no repaint
    await tick(400);
    expect(paints()).toBeGreaterThan(settled); // crisp redraw once the wheel rests
  });

  it("builds a big graph's scene over several tasks, keeping the page free, and the latest update wins", async () => {
    const grid = (g: ReturnType<typeof syntheticGraph>, step: number) =>
      Object.fromEntries(
        g.nodes.map((n, i) => [n.id, { x: (i % 100) * step, y: Math.floor(i / 100) * step }]),
      );
    const big = syntheticGraph(12_000);
    const before = r.getView();
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    r.update({ ...base, graph: big, positions: grid(big, 20) });
    // Still the small graph's view until the big scene is built…
    expect(r.getView()).toEqual(before);
    // …and a newer update replaces the build under way.
    const bigger = syntheticGraph(15_000);
    r.update({ ...base, graph: bigger, positions: grid(bigger, 10) });
    await r.whenSceneReady();
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(0);
    expect(r.getView()).not.toEqual(before); // fitted to it
    // The scene is the newer graph's: its last node (not in the first) can be flown to.
    const fitted = r.getView();
    r.flyTo(bigger.nodes.at(-1)?.id as string);
    await tick(700);
    expect(r.getView()).not.toEqual(fitted);
  });

  it('skips no-op updates and stops cleanly on destroy', async () => {
    await tick();
    const main = contexts.get(canvas()) as RecordingContext;
    const n = main.calls.length;
    r.update({ ...base });
    await tick();
    expect(main.calls.length).toBe(n);
    r.destroy();
    expect(host.querySelector('canvas')).toBeNull();
    expect(() => r.update({ ...base, selectedId: 'seg-a' })).not.toThrow();
  });
});
