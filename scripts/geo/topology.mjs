// Rebuilds mapshaper's TopoJSON with our own properties, sorted geometries and a fixed key order,
// so the file is byte-stable and independent of mapshaper's output ordering of attributes.
import { CITIES, CONTEXT } from './meta.mjs';

const round4 = (v) => Math.round(v * 1e4) / 1e4;

function cityGeometry(g, labels) {
  const adcode = g.properties?.adcode;
  const meta = CITIES[adcode];
  const cp = labels[adcode];
  if (!meta || !Array.isArray(cp)) throw new Error(`topology: unexpected city ${adcode}`);
  const [name_zh, name_en, region] = meta;
  const properties = { adcode, name_zh, name_en, label: [round4(cp[0]), round4(cp[1])], region };
  return { type: g.type, id: adcode, properties, arcs: g.arcs };
}

function contextGeometry(g) {
  const meta = CONTEXT.find((c) => c.id === g.properties?.id);
  if (!meta) throw new Error(`topology: unexpected context feature ${g.properties?.id}`);
  const properties = { id: meta.id, name_zh: meta.name_zh, name_en: meta.name_en, kind: meta.kind };
  return { type: g.type, id: meta.id, properties, arcs: g.arcs };
}

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Returns the final TopoJSON object (keys in the order they should be serialised). */
export function finalizeTopology(topo, labels) {
  const cities = topo.objects.cities?.geometries ?? [];
  const context = topo.objects.context?.geometries ?? [];
  for (const g of [...cities, ...context]) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`topology: ${g.type} geometry`);
  }
  return {
    type: 'Topology',
    transform: { scale: topo.transform.scale, translate: topo.transform.translate },
    objects: {
      cities: {
        type: 'GeometryCollection',
        geometries: cities.map((g) => cityGeometry(g, labels)).sort(byId),
      },
      context: { type: 'GeometryCollection', geometries: context.map(contextGeometry).sort(byId) },
    },
    arcs: topo.arcs,
  };
}
