/**
 * The bench's "maplibre alone" page: our map controller, style and boundaries on an otherwise empty
 * page (no shell, no data, no panels), so the load phase can show what maplibre itself needs on this
 * machine beside what the app gets. It sets the same marks as the app (chainatlas:map-render,
 * map-load, map-idle); the map is made as soon as maplibre's code and the boundaries are in.
 */
import type { Topology } from 'topojson-specification';
import topologyUrl from '../../../data/geo/guangdong.topo.json?url';
import { boundariesFromTopology } from '../../../src/map/geo.ts';

const host = document.getElementById('map') as HTMLElement;
const topology = fetch(topologyUrl).then((r) => r.json() as Promise<Topology>);
const controller = import('../../../src/map/mapController.ts').then((m) => {
  m.prewarmWorkers();
  return m;
});
const [topo, { createMapController }] = await Promise.all([topology, controller]);
createMapController(
  host,
  boundariesFromTopology(topo),
  {
    camera: null,
    fills: {},
    selected: null,
    highlighted: [],
    belts: { type: 'FeatureCollection', features: [] },
    lang: 'zh',
  },
  { onSelect() {}, onHover() {}, onCamera() {}, onReady() {} },
);
