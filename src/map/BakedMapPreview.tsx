/**
 * The map preview from our boundaries as baked at build time (bakedPreview.ts): no boundaries file,
 * no d3-geo. The loading page draws it with the shell, before any data has arrived; the workspace,
 * while maplibre loads, with the data's colours, selection and belts.
 */
import baked from 'virtual:chainatlas/map-preview';
import { useCallback } from 'react';
import type { Box } from '../export/mapScene.ts';
import { bakedPreviewItems, type PreviewInput } from './bakedPreview.ts';
import { PreviewSvg } from './PreviewSvg.tsx';

export function BakedMapPreview({ input }: { input: PreviewInput }) {
  const draw = useCallback((box: Box) => bakedPreviewItems(baked, box, input), [input]);
  return <PreviewSvg draw={draw} />;
}
