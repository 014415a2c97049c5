/**
 * The map's labels as page text over the WebGL canvas: one element per label, moved with the
 * camera, placed by labelLayout.ts. Drawn in the page's own font (already loaded for the panels),
 * so maplibre needs no font, glyphs or text shader; `paint` puts the same labels on a copy of the
 * canvas for the PNG export. Text from data only ever goes in as textContent.
 */
import {
  LABEL_RULES,
  type LabelKind,
  type LabelSpec,
  type LabelView,
  LINE_HEIGHT,
  type PlacedLabel,
  placeLabels,
} from './labelLayout.ts';

/** The label font; 'ChainAtlas Sans' is the subset Noto Sans SC the app ships (src/app/fonts.css). */
export const LABEL_FONT_FAMILY = '"ChainAtlas Sans", system-ui, sans-serif';

/** Bottom to top, as on screen (labels.css): neighbours, cities, then the belts and their sites. */
const PAINT_ORDER: Record<LabelKind, number> = { context: 0, city: 1, belt: 2, site: 2 };

/**
 * A halo as eight hard text shadows around the text. Not `-webkit-text-stroke`: accessibility
 * checkers (axe) take a stroke for the text's own colour, and white text on a light map fails them,
 * while shadows all round are read as the text's background, which they are. At least 1.5 px, the
 * width such a checker counts as opaque.
 */
function haloShadow(color: string, width: number): string {
  const w = Math.max(1.5, width);
  const d = (w * Math.SQRT1_2).toFixed(2);
  const offsets = [
    `${w}px 0`,
    `-${w}px 0`,
    `0 ${w}px`,
    `0 -${w}px`,
    `${d}px ${d}px`,
    `-${d}px ${d}px`,
    `${d}px -${d}px`,
    `-${d}px -${d}px`,
  ];
  return offsets.map((o) => `${o} 0 ${color}`).join(', ');
}

export interface LabelLayer {
  setSpecs(specs: readonly LabelSpec[]): void;
  /** Places the labels for the view as it is now (call on every camera change). */
  update(view: Omit<LabelView, 'measure'>): void;
  /** The adcodes of the city labels on screen. */
  cityCodes(): string[];
  /** Draws the labels onto `ctx`, whose canvas has `scale` pixels per CSS pixel of the map. */
  paint(ctx: CanvasRenderingContext2D, scale: number): void;
  destroy(): void;
}

export function createLabelLayer(container: HTMLElement): LabelLayer {
  const root = document.createElement('div');
  root.className = 'map-labels';
  root.setAttribute('aria-hidden', 'true');
  // The font and line height the layout measures with (labelLayout.ts), so text and boxes agree.
  root.style.fontFamily = LABEL_FONT_FAMILY;
  root.style.lineHeight = String(LINE_HEIGHT);
  container.append(root);
  const elements = new Map<string, HTMLSpanElement>();
  let specs: readonly LabelSpec[] = [];
  let placed: PlacedLabel[] = [];
  let last: Omit<LabelView, 'measure'> | null = null;

  const measurer = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  const wrapped = new Map<string, string[]>();
  const measure = (text: string, size: number) => {
    const key = `${size}|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      if (measurer) {
        measurer.font = `${size}px ${LABEL_FONT_FAMILY}`;
        w = measurer.measureText(text).width;
      } else w = text.length * size;
      widths.set(key, w);
    }
    return w;
  };
  // Widths measured before the font arrived are the fallback font's: measure again once it is in.
  const onFonts = () => {
    widths.clear();
    wrapped.clear();
    if (last) layer.update(last);
  };
  document.fonts?.addEventListener('loadingdone', onFonts);

  const element = (spec: LabelSpec) => {
    let el = elements.get(spec.key);
    if (!el) {
      el = document.createElement('span');
      el.className = `map-label map-label-${spec.kind}`;
      const rule = LABEL_RULES[spec.kind];
      el.style.color = rule.color;
      el.style.textShadow = haloShadow(rule.halo.color, rule.halo.width);
      if (spec.code) el.dataset.code = spec.code;
      root.append(el);
      elements.set(spec.key, el);
    }
    return el;
  };

  const layer: LabelLayer = {
    setSpecs(next) {
      specs = next;
      const keys = new Set(next.map((s) => s.key));
      for (const [key, el] of elements)
        if (!keys.has(key)) {
          el.remove();
          elements.delete(key);
        }
      if (last) layer.update(last);
    },
    update(view) {
      last = view;
      placed = placeLabels(specs, { ...view, measure, wrapped });
      const shown = new Set<string>();
      for (const p of placed) {
        const el = element(p.spec);
        shown.add(p.spec.key);
        // Written only when they change: a pan moves every label in every frame, nothing else.
        const text = p.lines.join('\n');
        if (el.textContent !== text) el.textContent = text;
        const size = `${p.size}px`;
        if (el.style.fontSize !== size) el.style.fontSize = size;
        const width = `${Math.ceil(p.w)}px`;
        if (el.style.width !== width) el.style.width = width;
        el.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`;
        if (el.hidden) el.hidden = false;
      }
      for (const [key, el] of elements) if (!shown.has(key) && !el.hidden) el.hidden = true;
    },
    cityCodes() {
      return placed.flatMap((p) => (p.spec.code ? [p.spec.code] : []));
    },
    paint(ctx, scale) {
      ctx.save();
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.lineJoin = 'round';
      const painted = [...placed].sort((a, b) => PAINT_ORDER[a.spec.kind] - PAINT_ORDER[b.spec.kind]);
      for (const p of painted) {
        const rule = LABEL_RULES[p.spec.kind];
        ctx.font = `${p.size * scale}px ${LABEL_FONT_FAMILY}`;
        ctx.strokeStyle = rule.halo.color;
        ctx.lineWidth = rule.halo.width * 2 * scale;
        ctx.fillStyle = rule.color;
        const x = (p.x + p.w / 2) * scale;
        const lineHeight = p.h / p.lines.length;
        p.lines.forEach((line, i) => {
          const y = (p.y + lineHeight * (i + 0.5)) * scale;
          ctx.strokeText(line, x, y);
          ctx.fillText(line, x, y);
        });
      }
      ctx.restore();
    },
    destroy() {
      document.fonts?.removeEventListener('loadingdone', onFonts);
      root.remove();
      elements.clear();
    },
  };
  return layer;
}
