/**
 * The map's first paint, as a plain SVG sized to the map's box while maplibre-gl — a 290 kB gzip
 * chunk plus a WebGL context — is still loading: a person sees Guangdong at once instead of a
 * "loading" line. `draw` gives the picture for the measured box: the loading page's baked one
 * (BakedMapPreview), or the workspace's, drawn from the boundaries with the data's colours
 * (MapPreview). The live map replaces it when its style has loaded.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ItemEl } from '../chart/ItemsSvg.tsx';
import type { Item } from '../export/displayList.ts';
import type { Box } from '../export/mapScene.ts';
import { markOnce } from '../perf/marks.ts';

/** Marks the first frame the preview is on screen (read by `npm run bench`). */
function markFirstPaint(): void {
  if (typeof requestAnimationFrame === 'undefined') return;
  requestAnimationFrame(() => markOnce('chainatlas:map-first-paint'));
}

export function PreviewSvg({ draw }: { draw: (box: Box) => Item[] }) {
  const ref = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  useLayoutEffect(() => {
    const box = ref.current?.parentElement?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0)
      setSize({ w: Math.round(box.width), h: Math.round(box.height) });
  }, []);
  const items = useMemo(() => (size ? draw({ x: 0, y: 0, w: size.w, h: size.h }) : []), [draw, size]);
  useLayoutEffect(() => {
    if (items.length) markFirstPaint();
  }, [items]);
  return (
    <svg
      ref={ref}
      className="map-preview"
      data-testid="map-preview"
      aria-hidden="true"
      viewBox={size ? `0 0 ${size.w} ${size.h}` : undefined}
    >
      {items.map((it, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a display list is static between renders
        <ItemEl key={i} it={it} />
      ))}
    </svg>
  );
}
