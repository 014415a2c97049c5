/**
 * Paints a figure's drawing items with Canvas 2D, in CSS pixels (the caller scales the context).
 * Paths go through Path2D from the same SVG path data the SVG writer emits, so both exports draw
 * identical shapes. Slots are handed back to the caller, which fills them with the live canvases.
 */
import type { Item, SlotItem, Stroke } from './displayList.ts';

const CANVAS_FONT = '"ChainAtlas Sans", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

type Ctx = CanvasRenderingContext2D;

function applyStroke(ctx: Ctx, s: Stroke): boolean {
  if (!s.stroke || s.stroke === 'none' || !s.strokeWidth) return false;
  ctx.strokeStyle = s.stroke;
  ctx.lineWidth = s.strokeWidth;
  ctx.setLineDash(s.dash ? [...s.dash] : []);
  ctx.lineCap = s.lineCap ?? 'butt';
  ctx.lineJoin = 'round';
  return true;
}

export function paintItems(ctx: Ctx, items: readonly Item[], onSlot: (slot: SlotItem) => void): void {
  for (const it of items) {
    ctx.save();
    switch (it.t) {
      case 'rect':
        if (it.fill && it.fill !== 'none') {
          ctx.fillStyle = it.fill;
          ctx.fillRect(it.x, it.y, it.w, it.h);
        }
        if (applyStroke(ctx, it)) ctx.strokeRect(it.x, it.y, it.w, it.h);
        break;
      case 'path': {
        const p = new Path2D(it.d);
        if (it.opacity !== undefined) ctx.globalAlpha = it.opacity;
        if (it.fill && it.fill !== 'none') {
          ctx.fillStyle = it.fill;
          ctx.fill(p);
        }
        if (applyStroke(ctx, it)) ctx.stroke(p);
        break;
      }
      case 'circle':
        ctx.beginPath();
        ctx.arc(it.cx, it.cy, it.r, 0, Math.PI * 2);
        if (it.fill && it.fill !== 'none') {
          ctx.fillStyle = it.fill;
          ctx.fill();
        }
        if (applyStroke(ctx, it)) ctx.stroke();
        break;
      case 'text':
        ctx.font = `${it.weight ?? 400} ${it.size}px ${CANVAS_FONT}`;
        ctx.textAlign = it.anchor === 'middle' ? 'center' : it.anchor === 'end' ? 'right' : 'left';
        ctx.textBaseline = 'alphabetic';
        if (it.halo) {
          ctx.strokeStyle = it.halo.color;
          ctx.lineWidth = it.halo.width * 2;
          ctx.lineJoin = 'round';
          ctx.strokeText(it.text, it.x, it.y);
        }
        ctx.fillStyle = it.fill;
        ctx.fillText(it.text, it.x, it.y);
        break;
      case 'group':
        ctx.translate(it.x, it.y);
        if (it.scale !== undefined) ctx.scale(it.scale, it.scale);
        paintItems(ctx, it.items, onSlot);
        break;
      case 'slot':
        onSlot(it);
        break;
    }
    ctx.restore();
  }
}

/**
 * Draws `src` into the box: filling it (cropping at most `maxCrop` of a side) when the shapes are
 * close, else fitted inside it, centred, with a hairline frame so the edge reads as the screen's.
 * Nothing is ever stretched.
 */
export function drawFitted(
  ctx: Ctx,
  src: CanvasImageSource & { width: number; height: number },
  box: { x: number; y: number; w: number; h: number },
  maxCrop = 0.12,
): void {
  if (!src.width || !src.height) return;
  const contain = Math.min(box.w / src.width, box.h / src.height);
  const cover = Math.max(box.w / src.width, box.h / src.height);
  const s = contain / cover >= 1 - maxCrop ? cover : contain;
  const w = src.width * s;
  const h = src.height * s;
  const x = box.x + (box.w - w) / 2;
  const y = box.y + (box.h - h) / 2;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(src, x, y, w, h);
  if (s === contain && (w < box.w - 1 || h < box.h - 1)) {
    ctx.strokeStyle = '#c9ced6';
    ctx.lineWidth = 1;
    ctx.setLineDash([]);
    ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
  }
}

/** Draws `src` scaled to fit inside the box, centred (nothing cut, nothing stretched). */
export function drawContained(
  ctx: Ctx,
  src: CanvasImageSource & { width: number; height: number },
  box: { x: number; y: number; w: number; h: number },
): void {
  drawFitted(ctx, src, box, 0);
}

/** Rough "is anything drawn" test: a blank or failed WebGL copy is one or two flat colours. */
export function looksBlank(canvas: HTMLCanvasElement): boolean {
  const probe = canvas.ownerDocument.createElement('canvas');
  probe.width = 48;
  probe.height = 48;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx || !canvas.width || !canvas.height) return true;
  ctx.drawImage(canvas, 0, 0, 48, 48);
  const data = ctx.getImageData(0, 0, 48, 48).data;
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4)
    colours.add(
      ((data[i] ?? 0) >> 4) * 4096 +
        ((data[i + 1] ?? 0) >> 4) * 256 +
        ((data[i + 2] ?? 0) >> 4) * 16 +
        ((data[i + 3] ?? 0) >> 4),
    );
  return colours.size < 3;
}
