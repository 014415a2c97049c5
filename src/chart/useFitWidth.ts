/**
 * The width a live chart is laid out at: its container's, so a chart with two columns fills a
 * half-screen pane instead of hiding its last column off to the side; never below `min`, where the
 * chart scrolls sideways rather than shrink its labels. Exports use their own fixed width.
 */
import { type RefObject, useEffect, useState } from 'react';
import { observeSize } from '../chain/observeSize.ts';

/** Laid out at 900 until measured; below 320 a chart scrolls sideways rather than shrink its labels. */
export const CHART_WIDTH = 900;
export const CHART_MIN_WIDTH = 320;

export function useFitWidth(
  ref: RefObject<HTMLElement | null>,
  fallback = CHART_WIDTH,
  min = CHART_MIN_WIDTH,
): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Whole pixels (and a few spare for the scroll bar) so a sub-pixel resize does not re-lay out.
    return observeSize(el, (w) => {
      if (w > 0) setWidth(Math.max(min, Math.floor(w) - 4));
    });
  }, [ref, min]);
  return width;
}
