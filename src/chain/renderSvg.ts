/**
 * The chain diagram as a standalone SVG element: the same Scene, shapes, marks and label placement
 * as the canvas renderer. Pure given its inputs; the Document is injected (browser, jsdom, or an
 * export's own document). Safety by construction: elements via createElementNS, text via
 * textContent only — no HTML parsing, no foreignObject, no scripts, no event attributes, no external
 * references (arrowheads are paths, not <marker>s with url(#…) ids that could clash on a page).
 */
import type { ChainViewGraph } from '../model/chainGraph.ts';
import { linkState } from './drawLinks.ts';
import type { Positions } from './layout.ts';
import {
  activeSet,
  buildScene,
  EXTENSION_TICK,
  type SceneNode,
  type SceneState,
  STRONG_RING,
  sceneBounds,
  sceneLabels,
} from './scene.ts';
import { traceArrowHead, traceCrown, traceExtensionTick, traceShape } from './shapes.ts';
import { chainStrings, type Lang } from './strings.ts';
import { fmt, SvgPath } from './svgPath.ts';
import { type ChainTheme, GAP_DASH, GAP_RING, GHOST_DASH, LINK_STYLE, STATUS_STYLE } from './theme.ts';
import { fitView, type View } from './viewport.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface RenderSvgOptions {
  lang: Lang;
  width: number;
  height: number;
  selectedId?: string | null;
  emphasisIds?: ReadonlySet<string> | null;
  focusId?: string | null;
  /** Default: the whole diagram fitted, as the live view's fit(). */
  view?: View;
  /** Accessible name / <title> of the figure (e.g. the cluster's name). */
  title?: string;
}

type Attrs = Record<string, string | number>;

export function renderSvg(
  graph: ChainViewGraph,
  positions: Positions,
  theme: ChainTheme,
  doc: Document,
  opts: RenderSvgOptions,
): SVGSVGElement {
  const el = (name: string, attrs: Attrs = {}, parent?: Element, text?: string) => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, typeof v === 'number' ? fmt(v) : v);
    if (text !== undefined) e.textContent = text;
    parent?.appendChild(e);
    return e;
  };
  const path = (draw: (p: SvgPath) => void) => {
    const p = new SvgPath();
    draw(p);
    return p.toString();
  };

  const { width, height, lang } = opts;
  const strings = chainStrings(lang);
  const scene = buildScene(graph, positions);
  const state: SceneState = {
    selectedId: opts.selectedId ?? null,
    emphasisIds: opts.emphasisIds ?? null,
    focusId: opts.focusId ?? null,
  };
  const active = activeSet(scene, state);
  const box = sceneBounds(scene) ?? { x0: -100, y0: -100, x1: 100, y1: 100 };
  const view = opts.view ?? fitView(box, { width, height }, 16);
  const unit = 1 / Math.sqrt(view.k);

  const svg = el('svg', {
    width,
    height,
    viewBox: `0 0 ${fmt(width)} ${fmt(height)}`,
    'font-family': theme.fontFamily,
    role: 'img',
  }) as SVGSVGElement;
  // Declared as a namespace attribute (not a plain one) so serialisers do not write it twice.
  svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  svg.setAttribute('aria-label', opts.title ?? strings.canvasLabel);
  el('title', {}, svg, opts.title ?? strings.canvasLabel);
  el('rect', { width, height, fill: theme.background }, svg);
  const world = el('g', { transform: `translate(${fmt(view.x)} ${fmt(view.y)}) scale(${fmt(view.k)})` }, svg);

  const lanes = el('g', { class: 'lanes' }, world);
  for (const l of scene.lanes) {
    el(
      'rect',
      { x: l.x0, y: l.y0, width: l.x1 - l.x0, height: l.y1 - l.y0, fill: theme.lane[l.stage] },
      lanes,
    );
  }

  const links = el('g', { class: 'links', fill: 'none' }, world);
  const hl = new Set([state.selectedId].filter((x): x is string => !!x));
  for (const st of ['dim', 'normal', 'highlight'] as const) {
    for (const kind of Object.keys(LINK_STYLE) as (keyof typeof LINK_STYLE)[]) {
      const ends = scene.links.filter((l) => l.visible && l.kind === kind && linkState(l, active, hl) === st);
      if (ends.length === 0) continue;
      const style = LINK_STYLE[kind];
      const color = st === 'highlight' ? theme.selection : theme.link[kind];
      const attrs: Attrs = {
        class: `link link-${kind} link-${st}`,
        d: path((p) => {
          for (const e of ends) {
            p.moveTo(e.x1, e.y1);
            p.lineTo(e.x2, e.y2);
          }
        }),
        stroke: color,
        'stroke-width': style.width * unit * (st === 'highlight' ? 1.8 : 1),
      };
      if (style.dash.length) attrs['stroke-dasharray'] = style.dash.map((d) => fmt(d * unit)).join(' ');
      if (st === 'dim') attrs.opacity = theme.dimAlpha;
      el('path', attrs, links);
      if (style.arrow) {
        const size = Math.min(6 * unit, 7);
        const heads: Attrs = {
          class: `arrows arrows-${kind}`,
          d: path((p) => {
            for (const e of ends) traceArrowHead(p, e.x1, e.y1, e.x2, e.y2, size);
          }),
          fill: color,
        };
        if (st === 'dim') heads.opacity = theme.dimAlpha;
        el('path', heads, links);
      }
    }
  }

  const nodes = el('g', { class: 'nodes', 'stroke-linejoin': 'round' }, world);
  const ordered = [...scene.nodes].sort(
    (a, b) => Number(!active || active.has(a.id)) - Number(!active || active.has(b.id)),
  );
  for (const n of ordered) nodeElements(n, nodes);
  if (state.selectedId) {
    const n = scene.byId.get(state.selectedId);
    if (n) {
      el(
        'path',
        {
          class: 'selection',
          d: path((p) => traceShape(p, n.shape, n.x, n.y, n.r + 3 / view.k)),
          fill: 'none',
          stroke: theme.selection,
          'stroke-width': 2.5 / view.k,
        },
        nodes,
      );
    }
  }

  function nodeElements(n: SceneNode, parent: Element) {
    const d = n.data;
    const colours = theme.kind[d.kind];
    const st = d.status ? STATUS_STYLE[d.status] : null;
    const g = el('g', { class: `node node-${d.kind}`, 'data-id': n.id }, parent);
    if (active && !active.has(n.id)) g.setAttribute('opacity', fmt(theme.dimAlpha));
    const facts = [
      strings.kind[d.kind],
      d.tier && strings.tier[d.tier],
      d.status && strings.status[d.status],
    ];
    if (!d.verified) facts.push(strings.unverified);
    if (d.editorial) facts.push(strings.editorial);
    el('title', {}, g, `${d.name[lang]} (${facts.filter(Boolean).join(' · ')})`);
    const ghost = d.candidate === true;
    const body: Attrs = {
      d: path((p) => traceShape(p, n.shape, n.x, n.y, n.r)),
      fill: st?.hollow || ghost ? theme.background : colours.fill,
      stroke: colours.stroke,
      'stroke-width': st ? st.width : ghost ? 1.2 : 0.8,
    };
    if (ghost) body['stroke-dasharray'] = GHOST_DASH.join(' ');
    else if (st?.dash.length) body['stroke-dasharray'] = st.dash.join(' ');
    el('path', body, g);
    if (d.gap)
      el(
        'path',
        {
          class: 'gap-ring',
          d: path((p) => traceShape(p, n.shape, n.x, n.y, n.r + GAP_RING)),
          fill: 'none',
          stroke: theme.gap,
          'stroke-width': 1.6,
          'stroke-dasharray': GAP_DASH.join(' '),
        },
        g,
      );
    if (st?.double) {
      el(
        'path',
        {
          d: path((p) => traceShape(p, n.shape, n.x, n.y, n.r + STRONG_RING)),
          fill: 'none',
          stroke: colours.stroke,
          'stroke-width': 1.2,
        },
        g,
      );
    }
    if (st?.glyph) {
      el(
        'text',
        {
          x: n.x,
          y: n.y + n.hh * 0.08,
          'text-anchor': 'middle',
          'dominant-baseline': 'central',
          'font-size': Math.round(n.hh * 1.5 * 10) / 10,
          'font-weight': 600,
          fill: colours.stroke,
        },
        g,
        st.glyph,
      );
    }
    if (st?.tick) {
      el(
        'path',
        {
          d: path((p) => traceExtensionTick(p, n.x + n.hw, n.y, EXTENSION_TICK - 2)),
          fill: 'none',
          stroke: colours.stroke,
          'stroke-width': 1.4,
        },
        g,
      );
    }
    if (d.tier === 'chain-leader') {
      el(
        'path',
        {
          class: 'crown',
          d: path((p) => traceCrown(p, n.x, n.y - n.hh, n.r * 0.55)),
          fill: theme.crown,
          stroke: colours.stroke,
          'stroke-width': 0.6,
        },
        g,
      );
    }
  }

  // Screen-space layers: lane titles and labels keep their pixel size at any zoom.
  const titles = el(
    'g',
    {
      class: 'lane-titles',
      'font-size': 13,
      'font-weight': 600,
      fill: theme.laneLabel,
      'text-anchor': 'middle',
    },
    svg,
  );
  for (const l of scene.lanes) {
    const x0 = Math.max(0, l.x0 * view.k + view.x);
    const x1 = Math.min(width, l.x1 * view.k + view.x);
    if (x1 - x0 < 40) continue;
    el(
      'text',
      { x: (x0 + x1) / 2, y: Math.max(l.y0 * view.k + view.y + 20, 20) },
      titles,
      strings.stage[l.stage],
    );
  }
  const labels = el(
    'g',
    {
      class: 'labels',
      fill: theme.text,
      stroke: theme.halo,
      'stroke-width': 3,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    svg,
  );
  for (const l of sceneLabels(scene, state, active, view, { width, height }, lang)) {
    const attrs: Attrs = { x: l.x, y: l.y, 'font-size': l.fontSize };
    if (l.bold) attrs['font-weight'] = 600;
    if (l.italic) attrs['font-style'] = 'italic';
    if (active && !active.has(l.id)) attrs.fill = theme.textMuted;
    el('text', attrs, labels, l.text);
  }
  return svg;
}
