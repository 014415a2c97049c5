/**
 * The Canvas 2D surface the chain drawing code uses (a subset, so tests and the bench can pass a
 * recording fake) and the inputs of one drawing pass.
 */
import type { PlacedLabel } from './labels.ts';
import type { Scene, SceneState } from './scene.ts';
import type { Lang } from './strings.ts';
import type { ChainTheme } from './theme.ts';
import type { Size, View } from './viewport.ts';

export type Ctx2D = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'setTransform'
  | 'fillRect'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'quadraticCurveTo'
  | 'closePath'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'strokeText'
  | 'setLineDash'
  | 'drawImage'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'lineJoin'
  | 'lineCap'
>;

export interface DrawArgs {
  scene: Scene;
  state: SceneState;
  active: ReadonlySet<string> | null;
  labels: readonly PlacedLabel[];
  view: View;
  size: Size;
  /** Device pixels per CSS pixel of the target canvas. */
  dpr: number;
  theme: ChainTheme;
  lang: Lang;
  pinned: ReadonlySet<string>;
}

/** Graph units per "style pixel" for links: thinner when zoomed out, but never vanishing. */
export const linkUnit = (k: number) => 1 / Math.sqrt(k);

export function fontOf(size: number, bold: boolean, family: string, italic = false): string {
  return `${italic ? 'italic ' : ''}${bold ? '600 ' : ''}${size}px ${family}`;
}

/**
 * Filled shapes are flushed every FILL_CHUNK sub-paths. One path with 7 600 squares took 430 ms to
 * fill in Chromium (Skia rasterises a huge multi-contour path as one complex shape); in chunks of
 * 100 it took 24 ms, also faster than one path per node (80 ms). Strokes of plain lines do not
 * suffer from this, but a stroke is rasterised in one piece when the canvas is flushed, so links
 * are stroked LINE_CHUNK at a time: a bucket of 15,000 made one step of a stepped picture 60–70 ms.
 */
export const FILL_CHUNK = 100;
export const LINE_CHUNK = 2000;
/** Nodes or links looked at between two pauses of a stepped paint when drawing none of them. */
export const SCAN_STEP = 10_000;
