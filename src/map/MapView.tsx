/**
 * Thin React adapter over the imperative map controller. maplibre-gl is imported dynamically here, so it
 * arrives in its own chunk after the shell has rendered.
 */
import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapPart } from '../export/figureInput.ts';
import { BakedMapPreview } from './BakedMapPreview.tsx';
import type { Boundaries } from './geo.ts';
import { MapPreview } from './MapPreview.tsx';
import type { MapCamera, MapController, MapProps } from './mapController.ts';

export interface MapViewProps extends MapProps {
  boundaries: Boundaries;
  /** The boundaries are ours: the preview is the one baked at build time, with no d3-geo to run. */
  bundledBoundaries?: boolean;
  /** City names for the hover tooltip, by adcode, in the current language. */
  cityNames: Record<string, string>;
  /** Footer: data source and the map note (示意图 — 非标准地图, or a 审图号). */
  footer: string;
  ariaLabel: string;
  loadingText: string;
  onSelect(adcode: string | null): void;
  onCamera(camera: MapCamera): void;
  onReady?(controller: MapController): void;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function MapView(props: MapViewProps) {
  const hostRef = useRef<HTMLElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  const [ready, setReady] = useState(false);

  // Create once per boundaries object; later prop changes go through setProps.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let disposed = false;
    let controller: MapController | null = null;
    void import('./mapController.ts').then(({ createMapController }) => {
      if (disposed) return;
      const p = latest.current;
      controller = createMapController(host, props.boundaries, snapshotProps(p), {
        onSelect: (code) => latest.current.onSelect(code),
        onCamera: (camera) => latest.current.onCamera(camera),
        onHover: (code, point) => setHover(code && point ? { code, ...point } : null),
        onReady: () => {
          setReady(true);
          if (controller) latest.current.onReady?.(controller);
        },
      });
      controllerRef.current = controller;
    });
    return () => {
      disposed = true;
      controller?.destroy();
      controllerRef.current = null;
    };
  }, [props.boundaries]);

  useEffect(() => {
    controllerRef.current?.setProps(snapshotProps(props));
  });

  const { boundaries, fills, selected, highlighted, belts, lang } = props;
  const previewPart = useMemo(
    () => ({ boundaries, fills, selected, highlighted, belts: (belts ?? EMPTY) as MapPart['belts'], lang }),
    [boundaries, fills, selected, highlighted, belts, lang],
  );
  const hoverName = hover ? props.cityNames[hover.code] : undefined;
  return (
    <div className="map-view">
      <section
        ref={hostRef}
        className="map-host"
        aria-label={props.ariaLabel}
        aria-busy={!ready}
        data-testid="map"
        data-ready={ready ? 'true' : 'false'}
      />
      {!ready && (
        <>
          {props.bundledBoundaries ? (
            <BakedMapPreview input={previewPart} />
          ) : (
            <MapPreview part={previewPart} />
          )}
          <div className="map-loading">
            <span>{props.loadingText}</span>
          </div>
        </>
      )}
      {hover && hoverName && (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          {hoverName}
        </div>
      )}
      <div className="map-footer" data-testid="map-footer">
        {props.footer}
      </div>
    </div>
  );
}

function snapshotProps(p: MapProps): MapProps {
  return {
    camera: p.camera,
    fills: p.fills,
    selected: p.selected,
    highlighted: p.highlighted,
    belts: p.belts ?? EMPTY,
    lang: p.lang,
  };
}
