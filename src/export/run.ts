/** The export actions the dialog calls: compose, check, download. Each resolves to the file name. */
import { appBaseUrl } from '../map/fontFaces.ts';
import { collectFigure, type ExportContext } from './collect.ts';
import { canvasBlob, downloadBlob, fileName } from './download.ts';
import { embeddedFonts } from './fonts.ts';
import type { FigureLayout } from './layout.ts';
import { composePng, type PngScale } from './png.ts';
import { buildExportSvg, serializeSvg } from './svg.ts';
import { unsafeSvgParts } from './svgSafety.ts';

export type { ExportContext };

export async function exportPng(ctx: ExportContext, layout: FigureLayout, scale: PngScale): Promise<string> {
  // The figure's map box is up to ~2× its size on screen: draw the map frame that much sharper.
  const { input, live } = await collectFigure(ctx, { liveMap: layout !== 'chain', mapPixelRatio: scale * 2 });
  const canvas = await composePng(input, layout, scale, live);
  const name = fileName(input.slug, input.date, 'png');
  downloadBlob(await canvasBlob(canvas), name);
  return name;
}

export async function exportSvg(ctx: ExportContext, layout: FigureLayout): Promise<string> {
  const { input } = await collectFigure(ctx, { liveMap: false });
  const svg = buildExportSvg(input, document, { layout, fonts: await embeddedFonts(appBaseUrl()) });
  // Safe by construction; checked anyway, because a file that leaves the app must never carry code.
  const problems = unsafeSvgParts(svg);
  if (problems.length) throw new Error(`SVG check failed: ${problems.join('; ')}`);
  const name = fileName(input.slug, input.date, 'svg');
  downloadBlob(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }), name);
  return name;
}
