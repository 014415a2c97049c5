/** What the chain renderer (renderer.ts) takes and offers: its options, its props and its methods. */
import type { ChainViewGraph } from '../model/chainGraph.ts';
import type { Positions } from './layout.ts';
import type { Lang } from './strings.ts';
import type { ChainTheme } from './theme.ts';
import type { View } from './viewport.ts';

export interface ChainRendererOptions {
  theme: ChainTheme;
  lang: Lang;
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  /** Called when the view comes to rest after a user gesture or an animation (not for setView). */
  onViewChange?(view: View): void;
  /** Double-click focus. If given, the caller owns focus and passes it back as props.focusId. */
  onFocus?(id: string | null): void;
}
export interface ChainRendererProps {
  graph: ChainViewGraph;
  positions: Positions;
  selectedId: string | null;
  emphasisIds: ReadonlySet<string> | null;
  focusId: string | null;
  lang: Lang;
}
export interface ChainRenderer {
  update(props: ChainRendererProps): void;
  flyTo(id: string): void;
  fit(): void;
  setView(v: View): void;
  getView(): View;
  /** Settles once the scene of the latest update is built (at once for small graphs; a big one's is
   * built a slice at a time) — and so drawn from the next frame on. */
  whenSceneReady(): Promise<void>;
  /** The current view at `scale` device pixels per CSS pixel, without hover (for PNG export). */
  toCanvas(scale: number): HTMLCanvasElement;
  destroy(): void;
}
