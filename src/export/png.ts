/**
 * The PNG export: the composed figure painted with Canvas 2D at 1×, 2× or 4×. The map and the
 * diagram are the live views as they are on screen (viewRegistry.mapCanvas / chainCanvas); the
 * diagram is redrawn at the figure's resolution (its shown part enlarged to fill the box, see
 * chainFrame.ts), the map (a WebGL frame at the screen's resolution) is scaled. Never blank: a
 * missing or empty map frame is replaced by the vector map, a diagram that is not on screen (list
 * view) by its SVG rendering.
 */
import { renderSvg } from '../chain/renderSvg.ts';
import { lightTheme } from '../chain/theme.ts';
import type { Size } from '../chain/viewport.ts';
import { MAP_COLORS } from '../map/palette.ts';
import { drawContained, drawFitted, looksBlank, paintItems } from './canvasPaint.ts';
import { diagramFrame, liveSourceRect } from './chainFrame.ts';
import { figureTexts, type SlotItem, slots, type Weight } from './displayList.ts';
import type { FigureInput } from './figureInput.ts';
import { ensureFonts } from './fonts.ts';
import { type FigureLayout, layoutFigure } from './layout.ts';
import { mapItems } from './mapScene.ts';
import { type EmbeddedFont, EXPORT_FONT_STACK, fontFaceCss } from './svg.ts';

export type PngScale = 1 | 2 | 4;
export const PNG_SCALES: readonly PngScale[] = [1, 2, 4];

export interface LiveViews {
  /** A copy of the map's current WebGL frame, or null when the map is not ready. */
  map: HTMLCanvasElement | null;
  /** The diagram's current view redrawn at a scale; null when it is not on screen. */
  chain: ((scale: number) => HTMLCanvasElement | null) | null;
  chainSize: Size | null;
  /** Font files for the SVG fallback of the diagram (an <img> cannot use the page's fonts). */
  fonts?: () => Promise<EmbeddedFont[]>;
}

export async function composePng(
  input: FigureInput,
  layout: FigureLayout,
  scale: PngScale,
  live: LiveViews,
  doc: Document = document,
): Promise<HTMLCanvasElement> {
  const figure = layoutFigure(input, layout);
  const slotList = slots(figure.items);
  const mapSlot = slotList.find((s) => s.part === 'map');
  const chainSlot = slotList.find((s) => s.part === 'chain');

  const useLiveMap = !!live.map && !looksBlank(live.map);
  const vectorMap = mapSlot && !useLiveMap && input.map ? mapItems(input.map, mapSlot) : null;
  const texts = figureTexts(figure.items);
  if (vectorMap) figureTexts(vectorMap, texts);
  if (input.chain)
    addTexts(
      texts,
      400,
      input.chain.graph.nodes.map((n) => `${n.name.zh}${n.name.en}`),
    );
  await ensureFonts(doc, texts);
  const chainImage =
    chainSlot && !live.chain && input.chain?.positions
      ? await diagramImage(input, chainSlot, live, doc)
      : null;

  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(figure.width * scale);
  canvas.height = Math.round(figure.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available');
  ctx.scale(scale, scale);
  ctx.fillStyle = figure.background;
  ctx.fillRect(0, 0, figure.width, figure.height);

  paintItems(ctx, figure.items, (slot) => {
    ctx.save();
    ctx.beginPath();
    ctx.rect(slot.x, slot.y, slot.w, slot.h);
    ctx.clip();
    if (slot.part === 'map') {
      ctx.fillStyle = MAP_COLORS.sea;
      ctx.fillRect(slot.x, slot.y, slot.w, slot.h);
      if (useLiveMap && live.map) drawFitted(ctx, live.map, slot);
      else if (vectorMap) paintItems(ctx, vectorMap, () => undefined);
    } else {
      ctx.fillStyle = lightTheme.background;
      ctx.fillRect(slot.x, slot.y, slot.w, slot.h);
      const box = { width: slot.w, height: slot.h };
      const frame = input.chain ? diagramFrame(input.chain, box) : null;
      const liveView = input.chain?.view;
      // The live diagram redrawn at this figure's resolution, then the shown region copied across.
      const redrawn = frame && liveView && live.chain ? live.chain(scale * frame.magnify) : null;
      if (redrawn && frame && liveView) {
        const src = liveSourceRect(frame, liveView, box);
        const px = scale * frame.magnify;
        ctx.drawImage(
          redrawn,
          src.x * px,
          src.y * px,
          src.w * px,
          src.h * px,
          slot.x,
          slot.y,
          slot.w,
          slot.h,
        );
      } else if (chainImage) drawContained(ctx, chainImage, slot);
    }
    ctx.restore();
  });
  return canvas;
}

function addTexts(texts: Map<Weight, string[]>, weight: Weight, more: string[]): void {
  texts.set(weight, [...(texts.get(weight) ?? []), ...more]);
}

/** The diagram as an image from its SVG rendering, fonts embedded, sized to the slot × scale. */
async function diagramImage(
  input: FigureInput,
  slot: SlotItem,
  live: LiveViews,
  doc: Document,
): Promise<HTMLImageElement | null> {
  const chain = input.chain;
  if (!chain?.positions) return null;
  const view = diagramFrame(chain, { width: slot.w, height: slot.h })?.view;
  const svg = renderSvg(chain.graph, chain.positions, { ...lightTheme, fontFamily: EXPORT_FONT_STACK }, doc, {
    lang: input.lang,
    width: slot.w,
    height: slot.h,
    selectedId: chain.selectedId,
    emphasisIds: chain.emphasisIds,
    ...(view ? { view } : {}),
  });
  const css = fontFaceCss((await live.fonts?.()) ?? []);
  if (css) {
    const style = doc.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = css;
    svg.insertBefore(style, svg.firstChild);
  }
  // data:, not blob: — the app's Content-Security-Policy allows img-src 'self' data: only.
  const bytes = new TextEncoder().encode(new XMLSerializer().serializeToString(svg));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  try {
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(binary)}`;
    await img.decode();
    return img;
  } catch {
    return null;
  }
}
