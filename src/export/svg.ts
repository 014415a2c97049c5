/**
 * The SVG export: the composed figure as vectors. Map from the boundaries through d3-geo (mapScene),
 * diagram from renderSvg (the same picture as on screen, same camera), everything else as <text>.
 * Safe by construction: createElementNS and textContent only, serialised by XMLSerializer (which
 * escapes text); no script, no event attribute, no foreignObject, no external reference. Fonts are
 * named with fallbacks; when `fonts` are given their WOFF2 files are embedded as data: URLs so the
 * file renders the same on a machine without a CJK font.
 */
import { renderSvg } from '../chain/renderSvg.ts';
import { fmt } from '../chain/svgPath.ts';
import { lightTheme } from '../chain/theme.ts';
import { diagramFrame } from './chainFrame.ts';
import type { Item } from './displayList.ts';
import type { FigureInput } from './figureInput.ts';
import { type FigureLayout, layoutFigure } from './layout.ts';
import { mapItems } from './mapScene.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const EXPORT_FONT_STACK =
  "'ChainAtlas Sans', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export interface EmbeddedFont {
  weight: 400 | 700;
  unicodeRange: string;
  /** data:font/woff2;base64,… — nothing else is accepted. */
  dataUrl: string;
}

export interface SvgOptions {
  layout?: FigureLayout;
  fonts?: readonly EmbeddedFont[];
}

type Attrs = Record<string, string | number | undefined>;

export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
  return fonts
    .filter((f) => /^data:font\/woff2;base64,[A-Za-z0-9+/=]+$/.test(f.dataUrl))
    .filter((f) => /^[Uu+0-9A-Fa-f, -]+$/.test(f.unicodeRange))
    .map(
      (f) =>
        `@font-face{font-family:'ChainAtlas Sans';font-style:normal;font-weight:${f.weight};` +
        `src:url(${f.dataUrl}) format('woff2');unicode-range:${f.unicodeRange}}`,
    )
    .join('\n');
}

export function buildExportSvg(input: FigureInput, doc: Document, opts: SvgOptions = {}): SVGSVGElement {
  const figure = layoutFigure(input, opts.layout ?? 'slide');
  const el = (name: string, attrs: Attrs = {}, parent?: Element, text?: string): Element => {
    const e = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs))
      if (v !== undefined) e.setAttribute(k, typeof v === 'number' ? fmt(v) : v);
    if (text !== undefined) e.textContent = text;
    parent?.appendChild(e);
    return e;
  };
  const { width, height } = figure;
  const svg = el('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': EXPORT_FONT_STACK,
    role: 'img',
    'aria-label': input.title,
  }) as SVGSVGElement;
  svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  el('title', {}, svg, input.title);
  el('desc', {}, svg, `${input.mapCredit} · ${input.date} · ${input.link}`);
  const css = fontFaceCss(opts.fonts ?? []);
  if (css) el('style', {}, svg, css);
  el('rect', { width, height, fill: figure.background }, svg);
  drawItems(figure.items, svg);
  return svg;

  function drawItems(items: readonly Item[], parent: Element): void {
    for (const it of items) drawItem(it, parent);
  }

  function drawItem(it: Item, parent: Element): void {
    const stroke = (s: {
      stroke?: string;
      strokeWidth?: number;
      dash?: readonly number[];
      lineCap?: string;
    }) => ({
      stroke: s.stroke,
      'stroke-width': s.strokeWidth,
      'stroke-dasharray': s.dash?.map(fmt).join(' '),
      'stroke-linecap': s.lineCap,
    });
    switch (it.t) {
      case 'rect':
        el(
          'rect',
          { x: it.x, y: it.y, width: it.w, height: it.h, fill: it.fill ?? 'none', ...stroke(it) },
          parent,
        );
        return;
      case 'path':
        el(
          'path',
          {
            d: it.d,
            class: it.cls,
            'data-adcode': it.id,
            fill: it.fill ?? 'none',
            opacity: it.opacity,
            'stroke-linejoin': 'round',
            ...stroke(it),
          },
          parent,
        );
        return;
      case 'circle':
        el('circle', { cx: it.cx, cy: it.cy, r: it.r, fill: it.fill ?? 'none', ...stroke(it) }, parent);
        return;
      case 'text':
        el(
          'text',
          {
            x: it.x,
            y: it.y,
            class: it.cls,
            'font-size': it.size,
            'font-weight': it.weight === 700 ? 700 : undefined,
            'text-anchor': it.anchor && it.anchor !== 'start' ? it.anchor : undefined,
            fill: it.fill,
            ...(it.halo
              ? {
                  stroke: it.halo.color,
                  'stroke-width': it.halo.width * 2,
                  'stroke-linejoin': 'round',
                  'paint-order': 'stroke',
                }
              : {}),
          },
          parent,
          it.text,
        );
        return;
      case 'group':
        drawItems(
          it.items,
          el(
            'g',
            {
              class: it.cls,
              transform: `translate(${fmt(it.x)} ${fmt(it.y)})${it.scale !== undefined ? ` scale(${fmt(it.scale)})` : ''}`,
            },
            parent,
          ),
        );
        return;
      case 'slot':
        if (it.part === 'map') mapSlot(it, parent);
        else chainSlot(it, parent);
        return;
    }
  }

  function placeholder(box: { x: number; y: number; w: number; h: number }, text: string, parent: Element) {
    el(
      'text',
      {
        x: box.x + box.w / 2,
        y: box.y + box.h / 2,
        'font-size': 16,
        'text-anchor': 'middle',
        fill: '#5b6470',
      },
      parent,
      text,
    );
  }

  function mapSlot(box: { x: number; y: number; w: number; h: number }, parent: Element) {
    const g = el('g', { class: 'map' }, parent);
    if (!input.map) return placeholder(box, input.strings.mapEmpty, g);
    drawItems(mapItems(input.map, box), g);
  }

  function chainSlot(box: { x: number; y: number; w: number; h: number }, parent: Element) {
    const chain = input.chain;
    if (!chain?.positions) return placeholder(box, input.strings.chainEmpty, parent);
    const view = diagramFrame(chain, { width: box.w, height: box.h })?.view;
    const diagram = renderSvg(
      chain.graph,
      chain.positions,
      { ...lightTheme, fontFamily: EXPORT_FONT_STACK },
      doc,
      {
        lang: input.lang,
        width: box.w,
        height: box.h,
        selectedId: chain.selectedId,
        emphasisIds: chain.emphasisIds,
        title: input.title,
        ...(view ? { view } : {}),
      },
    );
    diagram.setAttribute('x', fmt(box.x));
    diagram.setAttribute('y', fmt(box.y));
    diagram.setAttribute('class', 'chain');
    parent.appendChild(diagram);
  }
}

/** Text of an .svg file: XML declaration plus the serialised tree. */
export function serializeSvg(svg: SVGSVGElement): string {
  const Serializer = svg.ownerDocument.defaultView?.XMLSerializer ?? XMLSerializer;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new Serializer().serializeToString(svg)}\n`;
}
