/**
 * Starts the map's code (maplibre, a megabyte of JavaScript) and its worker before the first map is
 * made. When is the layout's to say (src/app/usePrewarmMap.ts).
 */
let started = false;

export function prewarmMap(): void {
  if (started) return;
  started = true;
  void import('./mapController.ts').then((m) => m.prewarmWorkers());
}
