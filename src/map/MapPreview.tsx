/**
 * The map's first paint: the same boundaries, fills and outlines as the maplibre style, drawn as a
 * plain SVG with d3-geo (src/export/mapScene.ts, the SVG export's map) while maplibre-gl — a 290 kB
 * gzip chunk plus a WebGL context — is still loading. A person sees Guangdong at once instead of a
 * "loading" line for two seconds; the live map replaces it when its style has loaded.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ItemEl } from '../chart/ItemsSvg.tsx';
import type { MapPart } from '../export/figureInput.ts';
import { mapItems } from '../export/mapScene.ts';
import { markOnce } from '../perf/marks.ts';

/** Points within a pixel of the last one kept are left out: the preview is drawn at its size only. */
const PREVIEW_SIMPLIFY = 1;

/** Marks the first frame the preview is on screen (read by `npm run bench`). */
function markFirstPaint(): void {
  if (typeof requestAnimationFrame === 'undefined') return;
  requestAnimationFrame(() => markOnce('chainatlas:map-first-paint'));
}

export function MapPreview({ part }: { part: MapPart }) {
  const ref = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  useLayoutEffect(() => {
    const box = ref.current?.parentElement?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0)
      setSize({ w: Math.round(box.width), h: Math.round(box.height) });
  }, []);
  const items = useMemo(
    () => (size ? mapItems(part, { x: 0, y: 0, w: size.w, h: size.h }, { simplify: PREVIEW_SIMPLIFY }) : []),
    [part, size],
  );
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
