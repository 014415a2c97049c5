/**
 * The bench's graph page (bundled by esbuild, run in headless Chromium): the same seeded graph laid
 * out by our layout and by plain d3-force, and the same fixed positions drawn by three renderers —
 * ours (src/chain/renderer.ts), force-graph, and d3-force's usual companion, a canvas redrawn on every
 * d3-zoom event. Node drives gestures with real mouse input; this page records frames and long tasks.
 */

import {
  forceCenter,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { select } from 'd3-selection';
import { zoom as d3zoom, type ZoomBehavior, zoomIdentity } from 'd3-zoom';
import ForceGraph from 'force-graph';
import { computeLayout } from '../../src/chain/layout.ts';
import { createChainRenderer } from '../../src/chain/renderer.ts';
import type { ChainRenderer } from '../../src/chain/rendererTypes.ts';
import { nodeRadius } from '../../src/chain/sizes.ts';
import { lightTheme } from '../../src/chain/theme.ts';
import type { ChainViewGraph } from '../../src/model/chainGraph.ts';
import { syntheticGraph } from '../../test/fixtures/chain/synthetic.ts';

export type RendererName = 'ours' | 'force-graph' | 'd3-canvas';

export interface LayoutRun {
  ms: number;
  ticks: number;
  /** Mean movement per node on the last tick. */
  lastMove: number;
  /** First tick whose mean movement fell under 0.1 units, and the time to it; null if none did. */
  settledTick: number | null;
  settledMs: number | null;
  xy: number[];
}

export interface FrameStats {
  frames: number;
  seconds: number;
  fps: number;
  median: number;
  p95: number;
  worst: number;
  longestTask: number;
  tasksOver50: number;
}

const SETTLED = 0.1;
const graphs = new Map<number, ChainViewGraph>();
const graphOf = (n: number) => {
  let g = graphs.get(n);
  if (!g) {
    g = syntheticGraph(n);
    graphs.set(n, g);
  }
  return g;
};

function ours(n: number): LayoutRun {
  const graph = graphOf(n);
  const r = computeLayout(graph);
  const xy = graph.nodes.flatMap((d) => {
    const p = r.positions[d.id];
    return [p?.x ?? 0, p?.y ?? 0];
  });
  const settled = r.lastMove < SETTLED;
  return {
    ms: r.ms,
    ticks: r.ticks,
    lastMove: r.lastMove,
    settledTick: settled ? r.ticks : null,
    settledMs: settled ? r.ms : null,
    xy,
  };
}

/** d3-force as its documentation starts: link + many-body + centre, default strengths, 300 ticks. */
function d3Defaults(n: number, maxTicks: number): LayoutRun {
  const graph = graphOf(n);
  type N = SimulationNodeDatum & { id: string };
  const nodes: N[] = graph.nodes.map((d) => ({ id: d.id }));
  const links: SimulationLinkDatum<N>[] = graph.links.map((l) => ({ source: l.source, target: l.target }));
  const t0 = performance.now();
  const sim = forceSimulation(nodes)
    .force(
      'link',
      forceLink<N, SimulationLinkDatum<N>>(links).id((d) => d.id),
    )
    .force('charge', forceManyBody())
    .force('center', forceCenter(0, 0))
    .stop();
  const prev = new Float64Array(n * 2);
  let ticks = 0;
  let lastMove = Number.POSITIVE_INFINITY;
  let settledTick: number | null = null;
  let settledMs: number | null = null;
  while (ticks < maxTicks && sim.alpha() >= sim.alphaMin()) {
    for (let i = 0; i < n; i++) {
      prev[2 * i] = nodes[i]?.x ?? 0;
      prev[2 * i + 1] = nodes[i]?.y ?? 0;
    }
    sim.tick();
    ticks++;
    let sum = 0;
    for (let i = 0; i < n; i++)
      sum += Math.hypot((nodes[i]?.x ?? 0) - (prev[2 * i] ?? 0), (nodes[i]?.y ?? 0) - (prev[2 * i + 1] ?? 0));
    lastMove = sum / n;
    if (settledTick === null && ticks >= 20 && lastMove < SETTLED) {
      settledTick = ticks;
      settledMs = performance.now() - t0;
    }
  }
  return {
    ms: performance.now() - t0,
    ticks,
    lastMove,
    settledTick,
    settledMs,
    xy: nodes.flatMap((d) => [d.x ?? 0, d.y ?? 0]),
  };
}

// ------------------------------------------------------------------------------------- recording
let frameTimes: number[] = [];
let tasks: number[] = [];
let recording = false;
let recordingFrom = 0;
/** Only tasks that began after recording started: entries of earlier tasks can arrive late. */
const keep = (entries: PerformanceEntryList) => {
  for (const e of entries) if (e.startTime >= recordingFrom) tasks.push(e.duration);
};
const longTasks = new PerformanceObserver((list) => {
  if (recording) keep(list.getEntries());
});
longTasks.observe({ type: 'longtask', buffered: false });
function loop(t: number) {
  if (recording) frameTimes.push(t);
  requestAnimationFrame(loop);
}
requestAnimationFrame(loop);

function startRecording() {
  longTasks.takeRecords();
  frameTimes = [];
  tasks = [];
  recordingFrom = performance.now();
  recording = true;
}
function stopRecording(): FrameStats {
  // Entries not yet delivered to the callback (a task that just ended) still count.
  keep(longTasks.takeRecords());
  recording = false;
  const gaps = frameTimes.slice(1).map((t, i) => t - (frameTimes[i] as number));
  const sorted = [...gaps].sort((a, b) => a - b);
  const seconds =
    frameTimes.length > 1 ? ((frameTimes.at(-1) as number) - (frameTimes[0] as number)) / 1000 : 0;
  return {
    frames: gaps.length,
    seconds,
    fps: seconds ? gaps.length / seconds : 0,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    worst: sorted.at(-1) ?? 0,
    longestTask: Math.max(0, ...tasks),
    tasksOver50: tasks.length,
  };
}

// ------------------------------------------------------------------------------------- renderers
interface Mounted {
  /** A programmatic pan to (dx, dy) CSS px from the fitted view. */
  panTo(dx: number, dy: number): void;
  destroy(): void;
  /** Settles when the picture can be drawn (ours builds a big graph's scene a slice at a time). */
  ready?: Promise<void>;
}
let mounted: Mounted | null = null;

function mountOurs(host: HTMLElement, graph: ChainViewGraph, xy: number[]): Mounted {
  const positions = Object.fromEntries(
    graph.nodes.map((d, i) => [d.id, { x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 }]),
  );
  const r: ChainRenderer = createChainRenderer(host, {
    theme: lightTheme,
    lang: 'zh',
    onSelect() {},
    onHover() {},
  });
  r.update({ graph, positions, selectedId: null, emphasisIds: null, focusId: null, lang: 'zh' });
  // The fitted view, once the scene is in.
  let base = r.getView();
  const ready = r.whenSceneReady().then(() => {
    base = r.getView();
  });
  return {
    panTo(dx, dy) {
      r.setView({ x: base.x + dx, y: base.y + dy, k: base.k });
    },
    destroy: () => r.destroy(),
    ready,
  };
}

const KIND_COLOR: Record<string, string> = { segment: '#1f4e79', product: '#2e7d32', enterprise: '#8d6e63' };

function mountForceGraph(host: HTMLElement, graph: ChainViewGraph, xy: number[]): Mounted {
  const nodes = graph.nodes.map((d, i) => ({
    id: d.id,
    x: xy[2 * i] ?? 0,
    y: xy[2 * i + 1] ?? 0,
    fx: xy[2 * i] ?? 0,
    fy: xy[2 * i + 1] ?? 0,
    val: nodeRadius(d) ** 2 / 16,
    color: KIND_COLOR[d.kind] ?? '#666',
  }));
  const links = graph.links.map((l) => ({ source: l.source, target: l.target }));
  const fg = new ForceGraph(host)
    .width(host.clientWidth)
    .height(host.clientHeight)
    .nodeRelSize(4)
    .nodeColor('color')
    .linkColor(() => 'rgba(100,116,139,0.35)')
    .cooldownTicks(0)
    .graphData({ nodes, links });
  fg.zoomToFit(0, 16);
  let base: { x: number; y: number } | null = null;
  return {
    panTo(dx, dy) {
      base ??= fg.centerAt();
      const k = fg.zoom();
      fg.centerAt(base.x - dx / k, base.y - dy / k);
    },
    destroy: () => {
      fg._destructor();
      host.replaceChildren();
    },
  };
}

function mountD3Canvas(host: HTMLElement, graph: ChainViewGraph, xy: number[]): Mounted {
  const w = host.clientWidth;
  const h = host.clientHeight;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  canvas.style.cssText = `width:${w}px;height:${h}px;display:block`;
  host.append(canvas);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const index = new Map(graph.nodes.map((d, i) => [d.id, i]));
  const ends = graph.links.map((l) => [index.get(l.source) ?? 0, index.get(l.target) ?? 0] as const);
  const radius = graph.nodes.map((d) => nodeRadius(d));
  const color = graph.nodes.map((d) => KIND_COLOR[d.kind] ?? '#666');
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < graph.nodes.length; i++) {
    x0 = Math.min(x0, xy[2 * i] ?? 0);
    x1 = Math.max(x1, xy[2 * i] ?? 0);
    y0 = Math.min(y0, xy[2 * i + 1] ?? 0);
    y1 = Math.max(y1, xy[2 * i + 1] ?? 0);
  }
  const k = Math.min((w - 32) / (x1 - x0 || 1), (h - 32) / (y1 - y0 || 1));
  const fitted = zoomIdentity.translate(w / 2 - (k * (x0 + x1)) / 2, h / 2 - (k * (y0 + y1)) / 2).scale(k);
  // The d3 gallery's canvas pattern: one path for all links, one per colour for the nodes.
  const draw = (t: { x: number; y: number; k: number }) => {
    ctx.save();
    ctx.clearRect(0, 0, w, h);
    ctx.translate(t.x, t.y);
    ctx.scale(t.k, t.k);
    ctx.beginPath();
    for (const [s, d] of ends) {
      ctx.moveTo(xy[2 * s] ?? 0, xy[2 * s + 1] ?? 0);
      ctx.lineTo(xy[2 * d] ?? 0, xy[2 * d + 1] ?? 0);
    }
    ctx.strokeStyle = 'rgba(100,116,139,0.35)';
    ctx.lineWidth = 1 / t.k;
    ctx.stroke();
    for (const c of new Set(color)) {
      ctx.beginPath();
      for (let i = 0; i < radius.length; i++) {
        if (color[i] !== c) continue;
        const x = xy[2 * i] ?? 0;
        const y = xy[2 * i + 1] ?? 0;
        ctx.moveTo(x + (radius[i] ?? 1), y);
        ctx.arc(x, y, radius[i] ?? 1, 0, 2 * Math.PI);
      }
      ctx.fillStyle = c;
      ctx.fill();
    }
    ctx.restore();
  };
  const behaviour: ZoomBehavior<HTMLCanvasElement, unknown> = d3zoom<HTMLCanvasElement, unknown>().on(
    'zoom',
    (e) => draw(e.transform),
  );
  const selection = select(canvas).call(behaviour);
  behaviour.transform(selection, fitted);
  return {
    panTo(dx, dy) {
      behaviour.transform(selection, zoomIdentity.translate(fitted.x + dx, fitted.y + dy).scale(fitted.k));
    },
    destroy: () => {
      selection.on('.zoom', null);
      host.replaceChildren();
    },
  };
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

const api = {
  layout(n: number, which: 'ours' | 'd3', maxTicks = 300): LayoutRun {
    return which === 'ours' ? ours(n) : d3Defaults(n, maxTicks);
  },
  /** Mounts a renderer on #host with fixed positions; returns the time to its first frame. */
  async mount(
    which: RendererName,
    n: number,
    xy: number[],
  ): Promise<{ mountMs: number; longestTask: number }> {
    mounted?.destroy();
    const host = document.getElementById('host') as HTMLElement;
    const graph = graphOf(n);
    startRecording();
    // The mount in a task of its own: one that began before startRecording (this call's) would not
    // count as a long task of the mount.
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    mounted =
      which === 'ours'
        ? mountOurs(host, graph, xy)
        : which === 'force-graph'
          ? mountForceGraph(host, graph, xy)
          : mountD3Canvas(host, graph, xy);
    await mounted.ready;
    await frame();
    await frame();
    const mountMs = performance.now() - t0;
    // Long-task entries arrive after the task; give them a moment before reading.
    await new Promise((r) => setTimeout(r, 50));
    return { mountMs, longestTask: stopRecording().longestTask };
  },
  /** Programmatic pans on every frame for `ms` (a tour, a fly-to, a URL change). */
  async programmaticPan(ms: number): Promise<FrameStats> {
    startRecording();
    const start = await frame();
    for (let now = start; now - start < ms; now = await frame()) {
      const t = (now - start) / 1000;
      mounted?.panTo(200 * Math.sin(t * 2), 120 * Math.sin(t * 3));
    }
    return stopRecording();
  },
  startRecording,
  stopRecording,
  destroy() {
    mounted?.destroy();
    mounted = null;
  },
};
(window as unknown as { __bench: typeof api }).__bench = api;
export type BenchPageApi = typeof api;
