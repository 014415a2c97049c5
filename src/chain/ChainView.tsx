/**
 * Thin React adapter over the canvas renderer: creates it once (per theme), forwards prop changes
 * through update(), exposes the camera through a ref, destroys it on unmount.
 */
import { type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { ChainViewGraph } from '../model/chainGraph.ts';
import type { Positions } from './layout.ts';
import { type ChainRenderer, createChainRenderer } from './renderer.ts';
import type { Lang } from './strings.ts';
import { type ChainTheme, lightTheme } from './theme.ts';
import type { View } from './viewport.ts';

export type ChainViewHandle = Pick<
  ChainRenderer,
  'flyTo' | 'fit' | 'setView' | 'getView' | 'toCanvas' | 'whenSceneReady'
>;

export interface ChainViewProps {
  graph: ChainViewGraph;
  /** null while the layout runs. */
  positions: Positions | null;
  selectedId: string | null;
  emphasisIds: ReadonlySet<string> | null;
  focusId: string | null;
  lang: Lang;
  theme?: ChainTheme;
  onSelect(id: string | null): void;
  onHover?(id: string | null): void;
  onViewChange?(view: View): void;
  /** Give it to own the double-click focus (then pass focusId back); omit to let the view keep it. */
  onFocus?(id: string | null): void;
  className?: string;
  ref?: Ref<ChainViewHandle>;
}

const NO_POSITIONS: Positions = {};

function snapshot(p: ChainViewProps) {
  const { graph, positions, selectedId, emphasisIds, focusId, lang } = p;
  return { graph, positions: positions ?? NO_POSITIONS, selectedId, emphasisIds, focusId, lang };
}

export function ChainView(props: ChainViewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<ChainRenderer | null>(null);
  // Callbacks are read through a ref so new closures never recreate the renderer.
  const latest = useRef(props);
  latest.current = props;
  const theme = props.theme ?? lightTheme;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const p = latest.current;
    const renderer = createChainRenderer(host, {
      theme,
      lang: p.lang,
      onSelect: (id) => latest.current.onSelect(id),
      onHover: (id) => latest.current.onHover?.(id),
      onViewChange: (v) => latest.current.onViewChange?.(v),
      ...(p.onFocus ? { onFocus: (id: string | null) => latest.current.onFocus?.(id) } : {}),
    });
    rendererRef.current = renderer;
    renderer.update(snapshot(p));
    return () => {
      renderer.destroy();
      rendererRef.current = null;
    };
  }, [theme]);

  const { graph, positions, selectedId, emphasisIds, focusId, lang } = props;
  // The positions whose scene the renderer has built (a big graph's takes a few tasks): the view
  // says it is ready only then.
  const [drawn, setDrawn] = useState<Positions | null>(null);
  useEffect(() => {
    const renderer = rendererRef.current;
    if (!renderer) return;
    // The renderer skips updates that change nothing, so the first run after creation is free.
    renderer.update({
      graph,
      positions: positions ?? NO_POSITIONS,
      selectedId,
      emphasisIds,
      focusId,
      lang,
    });
    let live = true;
    void renderer.whenSceneReady().then(() => live && setDrawn(positions));
    return () => {
      live = false;
    };
  }, [graph, positions, selectedId, emphasisIds, focusId, lang]);
  const ready = positions !== null && drawn === positions;

  useImperativeHandle(
    props.ref,
    () => ({
      flyTo: (id) => rendererRef.current?.flyTo(id),
      fit: () => rendererRef.current?.fit(),
      setView: (v) => rendererRef.current?.setView(v),
      getView: () => rendererRef.current?.getView() ?? { x: 0, y: 0, k: 1 },
      whenSceneReady: () => rendererRef.current?.whenSceneReady() ?? Promise.resolve(),
      toCanvas: (scale) => {
        if (!rendererRef.current) throw new Error('chain view is not mounted');
        return rendererRef.current.toCanvas(scale);
      },
    }),
    [],
  );

  return (
    <div
      ref={hostRef}
      className={props.className ?? 'chain-view'}
      data-testid="chain-view"
      data-ready={ready ? 'true' : 'false'}
      aria-busy={!ready}
      style={{ position: 'relative', width: '100%', height: '100%', minHeight: 0 }}
    />
  );
}
