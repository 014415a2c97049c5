/**
 * Browser glue: reads the live view (the store's ids, the boundaries, the diagram's layout and
 * camera, the map's frame, the address) into a FigureInput plus the live canvases. The only export
 * module that touches the running app.
 */
import { viewRegistry } from '../app/viewRegistry.ts';
import { requestLayout } from '../chain/layoutClient.ts';
import type { Dataset } from '../data/normalize.ts';
import { appBaseUrl } from '../map/fontFaces.ts';
import type { Boundaries } from '../map/geo.ts';
import type { ChainViewGraph } from '../model/chainGraph.ts';
import { buildFigureInput, type FigureInput, isoDay, type ViewIds } from './figureInput.ts';
import { embeddedFonts } from './fonts.ts';
import type { LiveViews } from './png.ts';

export interface ExportContext {
  dataset: Dataset;
  ids: ViewIds;
  boundaries: Boundaries | null;
  graph: ChainViewGraph | null;
}

/** The map frame, or null when the map cannot render one soon (not ready, hidden, lost context). */
async function mapFrame(pixelRatio: number | undefined, timeoutMs = 6000): Promise<HTMLCanvasElement | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    return await Promise.race([viewRegistry.mapCanvas(pixelRatio).catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function chainLive(): Pick<LiveViews, 'chain' | 'chainSize'> {
  try {
    const probe = viewRegistry.chainCanvas(1);
    if (!probe?.width || !probe.height) return { chain: null, chainSize: null };
    return {
      chain: (scale) => viewRegistry.chainCanvas(scale),
      chainSize: { width: probe.width, height: probe.height },
    };
  } catch {
    return { chain: null, chainSize: null };
  }
}

export async function collectFigure(
  ctx: ExportContext,
  /** mapPixelRatio: device pixels per CSS pixel for the map frame (sharp at 2×/4×). */
  opts: { liveMap: boolean; mapPixelRatio?: number },
): Promise<{ input: FigureInput; live: LiveViews }> {
  const positions = ctx.graph ? (await requestLayout(ctx.graph).promise).positions : null;
  await viewRegistry.chainReady();
  const chain = chainLive();
  const input = buildFigureInput(ctx.dataset, ctx.ids, {
    boundaries: ctx.boundaries,
    graph: ctx.graph,
    positions,
    chainView: chain.chain ? viewRegistry.chainView() : null,
    chainSize: chain.chainSize,
    link: window.location.href,
    date: isoDay(new Date()),
  });
  const live: LiveViews = {
    map: opts.liveMap ? await mapFrame(opts.mapPixelRatio) : null,
    ...chain,
    fonts: () => embeddedFonts(appBaseUrl()),
  };
  return { input, live };
}
