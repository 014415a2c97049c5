/**
 * The city labels' size ramp and short-name zoom, on their own: the map's labels (labelLayout.ts)
 * and the map's first picture and vector export (src/export/mapSceneItems.ts, in the shell) both
 * follow them.
 */

/** Chinese city labels show the short name (广州 for 广州市) below this zoom, the full name from it. */
export const FULL_CITY_NAMES_ZOOM = 8;

/** The city label size ramp: 10 px at z5, 12 at z6.5, 15 at z8, linear between. */
export function cityLabelSize(zoom: number): number {
  const stops: [number, number][] = [
    [5, 10],
    [6.5, 12],
    [8, 15],
  ];
  if (zoom <= 5) return 10;
  for (let i = 1; i < stops.length; i++) {
    const [z0, s0] = stops[i - 1] as [number, number];
    const [z1, s1] = stops[i] as [number, number];
    if (zoom <= z1) return s0 + ((zoom - z0) / (z1 - z0)) * (s1 - s0);
  }
  return 15;
}
