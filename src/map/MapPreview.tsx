/**
 * The workspace's map preview while maplibre loads: the boundaries the dataset names, with its
 * colours, selection and belts, drawn with d3-geo (src/export/mapScene.ts, the SVG export's map).
 */
import { useCallback } from 'react';
import type { MapPart } from '../export/figureInput.ts';
import { type Box, mapItems } from '../export/mapScene.ts';
import { PreviewSvg } from './PreviewSvg.tsx';

/** Points within a pixel of the last one kept are left out: the preview is drawn at its size only. */
const PREVIEW_SIMPLIFY = 1;

export function MapPreview({ part }: { part: MapPart }) {
  const draw = useCallback((box: Box) => mapItems(part, box, { simplify: PREVIEW_SIMPLIFY }), [part]);
  return <PreviewSvg draw={draw} />;
}
