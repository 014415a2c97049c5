/** The bundled dataset, boundaries and a laid-out chain, read from data/ for the export tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { computeLayout } from '../../../src/chain/layout.ts';
import { assembleDataset } from '../../../src/data/assemble.ts';
import { type Dataset, normalize } from '../../../src/data/normalize.ts';
import { buildFigureInput, type FigureInput, type ViewIds } from '../../../src/export/figureInput.ts';
import { type Boundaries, boundariesFromTopology } from '../../../src/map/geo.ts';
import { buildChainGraph } from '../../../src/model/chainGraph.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const read = (path: string) => JSON.parse(readFileSync(join(DATA, path), 'utf8'));

let cache: { dataset: Dataset; boundaries: Boundaries } | null = null;
export function bundled(): { dataset: Dataset; boundaries: Boundaries } {
  if (cache) return cache;
  const { dataset, problems } = assembleDataset('manifest.json', read);
  if (!dataset || problems.length) throw new Error(`bundled data is broken: ${problems.length} problems`);
  cache = {
    dataset: normalize(dataset),
    boundaries: boundariesFromTopology(read('geo/guangdong.topo.json') as Topology),
  };
  return cache;
}

export const LINK = 'https://example.test/chainatlas/?c=petrochem&n=seg-refining';

/** A figure input as the app builds it, with the layout computed the way the app does. */
export function figureFor(ids: Partial<ViewIds>, dataset: Dataset = bundled().dataset): FigureInput {
  const full: ViewIds = { cluster: null, node: null, city: null, lang: 'zh', ...ids };
  const entry = full.cluster ? dataset.clusters.get(full.cluster) : undefined;
  const graph = entry ? buildChainGraph(entry.cluster) : null;
  return buildFigureInput(dataset, full, {
    boundaries: bundled().boundaries,
    graph,
    positions: graph ? computeLayout(graph).positions : null,
    link: LINK,
    date: '2026-11-27',
  });
}
