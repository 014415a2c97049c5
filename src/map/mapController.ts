/**
 * The imperative maplibre map: the only module that imports maplibre-gl (loaded lazily by MapView, so the
 * shell and the chain diagram show first). React talks to it through `setProps`, which diffs and makes
 * only the calls needed; selection is shown with feature-state, never by rebuilding sources.
 */
import { Map as MaplibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
// maplibre 6 resolves its worker at run time from a template string Vite cannot follow: wire it by hand.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { markOnce } from '../perf/marks.ts';
import type { Boundaries } from './geo.ts';
import { createLabelLayer } from './labelLayer.ts';
import { labelSpecs } from './labelLayout.ts';
import './labels.css';
import { buildMapStyle, FILL_STATE, fillChanges, LAYER, SOURCE } from './mapStyle.ts';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

/** Starts maplibre's workers before the first map is made (src/map/prewarm.ts says when). */
export function prewarmWorkers(): void {
  prewarm();
}

export interface MapCamera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface MapProps {
  /** null: fit Guangdong (and refit on resize). */
  camera: MapCamera | null;
  fills: Record<string, string>;
  selected: string | null;
  highlighted: readonly string[];
  belts: FeatureCollection;
  lang: 'zh' | 'en';
}

export interface MapCallbacks {
  onSelect(adcode: string | null): void;
  onHover(adcode: string | null, point: { x: number; y: number } | null): void;
  /** A move the person made (drag, wheel, keys), not one the app made. */
  onCamera(camera: MapCamera): void;
  onReady(): void;
}

export interface MapController {
  setProps(props: MapProps): void;
  fit(): void;
  /** Screen position of a city's label point, relative to the map container. */
  project(adcode: string): { x: number; y: number } | null;
  renderedLabels(): string[];
  canvas(): HTMLCanvasElement;
  /**
   * Re-renders and resolves with a copy of the current frame (the WebGL buffer is not preserved).
   * With `pixelRatio`, the map is drawn at that many device pixels per CSS pixel for the copy, so a 4×
   * print export is as sharp as the screen, then put back.
   */
  snapshot(pixelRatio?: number): Promise<HTMLCanvasElement>;
  destroy(): void;
}

const FIT_PADDING = 24;

export function createMapController(
  container: HTMLElement,
  boundaries: Boundaries,
  initial: MapProps,
  cb: MapCallbacks,
): MapController {
  let props = initial;
  let ready = false;
  // A camera from the URL counts as the person's own view: don't refit it away on resize.
  let userMoved = props.camera !== null;
  let hovered: string | null = null;
  const map = new MaplibreMap({
    container,
    style: buildMapStyle({ boundaries }),
    ...(props.camera
      ? { center: [props.camera.lng, props.camera.lat] as [number, number], zoom: props.camera.zoom }
      : { bounds: boundaries.bbox, fitBoundsOptions: { padding: FIT_PADDING } }),
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    renderWorldCopies: false,
    // Labels appear at once: their 300 ms fade-in kept the map drawing frames (each a costly
    // commit on software-rendered machines) before it was idle and its picture could be taken.
    fadeDuration: 0,
    minZoom: 4,
    maxZoom: 11,
    maxBounds: [
      [boundaries.bbox[0] - 6, boundaries.bbox[1] - 5],
      [boundaries.bbox[2] + 6, boundaries.bbox[3] + 5],
    ],
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  const canvas = map.getCanvas();
  canvas.setAttribute('role', 'application');
  const labels = createLabelLayer(container);
  const placeLabels = () => {
    // The canvas's own size, not its layout box: reading clientWidth after the last frame's label
    // moves would make the browser lay the page out again in the middle of every camera move.
    const ratio = map.getPixelRatio();
    labels.update({
      zoom: map.getZoom(),
      width: canvas.width / ratio,
      height: canvas.height / ratio,
      project: (lnglat) => {
        const p = map.project(lnglat);
        return Number.isFinite(p.x) && Number.isFinite(p.y) ? [p.x, p.y] : null;
      },
    });
  };
  // Labels follow the camera in the same frame as the shapes (a resize fires 'move' too, once the
  // canvas has its new size); they wait for the style so the first picture has them both.
  map.on('move', placeLabels);

  const setState = (adcode: string | null, key: string, value: boolean | string | null) => {
    if (!adcode || !ready) return;
    if (value === null) map.removeFeatureState({ source: SOURCE.boundaries, id: adcode }, key);
    else map.setFeatureState({ source: SOURCE.boundaries, id: adcode }, { [key]: value });
  };

  const fitProvince = () => {
    map.fitBounds(boundaries.bbox, { padding: FIT_PADDING, animate: false });
    userMoved = false;
  };

  // Marks for `npm run bench`: when the WebGL map first drew, loaded its style, and came to rest.
  map.once('render', () => markOnce('chainatlas:map-render'));
  map.once('idle', () => markOnce('chainatlas:map-idle'));
  // Everything the props say goes on once the style is in, before its tiles are drawn (so the first
  // picture already has the data's colours), and again whenever the style is rebuilt: after a lost
  // WebGL context is restored, maplibre builds its style afresh, without the feature state and the
  // belts set on the old one.
  // The labels are placed once here, the first time; a style rebuilt after a lost context gets its
  // names from apply's setSpecs, which places them for the view the camera moves kept current.
  let labelsPlaced = false;
  map.on('style.load', () => {
    ready = true;
    apply(props, null);
    if (!labelsPlaced) placeLabels();
    labelsPlaced = true;
  });
  map.on('webglcontextlost', () => {
    ready = false;
  });
  map.on('load', () => {
    markOnce('chainatlas:map-load');
    cb.onReady();
  });
  map.on('dragstart', () => {
    userMoved = true;
  });
  map.on('zoomstart', (e) => {
    if ((e as { originalEvent?: Event }).originalEvent) userMoved = true;
  });
  // Report only moves a person made: moves the app makes (fit, URL) carry no originalEvent, which
  // cuts the store → map → store feedback loop.
  map.on('moveend', (e) => {
    if (!(e as { originalEvent?: Event }).originalEvent) return;
    userMoved = true;
    const c = map.getCenter();
    cb.onCamera({ lng: c.lng, lat: c.lat, zoom: map.getZoom() });
  });
  // Refit on resize until the person has moved the map themselves.
  map.on('resize', () => {
    if (!userMoved) fitProvince();
  });
  map.on('mousemove', LAYER.cityFill, (e) => {
    const code = (e.features?.[0]?.properties as { adcode?: string } | undefined)?.adcode ?? null;
    if (code !== hovered) {
      setState(hovered, 'hover', false);
      hovered = code;
      setState(hovered, 'hover', true);
    }
    canvas.style.cursor = code ? 'pointer' : '';
    cb.onHover(code, code ? { x: e.point.x, y: e.point.y } : null);
  });
  map.on('mouseleave', LAYER.cityFill, () => {
    setState(hovered, 'hover', false);
    hovered = null;
    canvas.style.cursor = '';
    cb.onHover(null, null);
  });
  map.on('click', (e) => {
    const hit = map.queryRenderedFeatures(e.point, { layers: [LAYER.cityFill] })[0];
    const code = (hit?.properties as { adcode?: string } | undefined)?.adcode ?? null;
    cb.onSelect(code);
  });
  canvas.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') cb.onSelect(null);
  });

  function apply(next: MapProps, prev: MapProps | null) {
    if (!ready) return;
    if (!prev || prev.fills !== next.fills)
      for (const [code, colour] of fillChanges(prev?.fills ?? {}, next.fills))
        setState(code, FILL_STATE, colour);
    // New names are placed at once for the view they were last placed in (the first time, by
    // 'style.load' above).
    if (!prev || prev.lang !== next.lang || prev.belts !== next.belts)
      labels.setSpecs(labelSpecs(boundaries, next.belts, next.lang));
    if (!prev || prev.selected !== next.selected) {
      if (prev) setState(prev.selected, 'selected', false);
      setState(next.selected, 'selected', true);
    }
    if (!prev || prev.highlighted !== next.highlighted) {
      for (const code of prev?.highlighted ?? []) setState(code, 'highlight', false);
      for (const code of next.highlighted) setState(code, 'highlight', true);
    }
    if (prev && !sameCamera(prev.camera, next.camera)) {
      if (next.camera) {
        const c = map.getCenter();
        const here = { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
        if (!sameCamera(here, next.camera)) {
          map.jumpTo({ center: [next.camera.lng, next.camera.lat], zoom: next.camera.zoom });
          userMoved = true;
        }
      } else fitProvince();
    }
    if (!prev || prev.belts !== next.belts)
      (map.getSource(SOURCE.belts) as GeoJSONSource | undefined)?.setData(next.belts);
  }

  return {
    setProps(next) {
      const prev = props;
      props = next;
      apply(next, ready ? prev : null);
    },
    fit: fitProvince,
    project(adcode) {
      const f = boundaries.labels.features.find((x) => x.properties.adcode === adcode);
      if (!f) return null;
      const p = map.project(f.properties.label);
      return { x: p.x, y: p.y };
    },
    renderedLabels() {
      return ready ? labels.cityCodes() : [];
    },
    canvas: () => canvas,
    snapshot(pixelRatio) {
      const previous = map.getPixelRatio();
      const ratio = pixelRatio ? Math.min(8, Math.max(previous, pixelRatio)) : previous;
      return new Promise((resolve) => {
        // Copy inside the render callback: the drawing buffer is still intact there.
        map.once('render', () => {
          const copy = document.createElement('canvas');
          copy.width = canvas.width;
          copy.height = canvas.height;
          const ctx = copy.getContext('2d');
          if (ctx) {
            ctx.drawImage(canvas, 0, 0);
            // The labels are page text, not in the WebGL frame: draw them on at the copy's scale.
            labels.paint(ctx, map.getPixelRatio());
          }
          if (ratio !== previous) map.setPixelRatio(previous);
          resolve(copy);
        });
        if (ratio !== previous) map.setPixelRatio(ratio);
        map.triggerRepaint();
      });
    },
    destroy() {
      labels.destroy();
      map.remove();
    },
  };
}

function sameCamera(a: MapCamera | null, b: MapCamera | null): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.lng - b.lng) < 1e-4 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.zoom - b.zoom) < 1e-2;
}
