// Post-build checks on the finished topology. d3-geo reads ring winding on the sphere: an outer
// ring in RFC 7946 order (counter-clockwise) means "everything except this city", which gives
// geoArea ≈ 4π and paints the whole SVG. maplibre ignores winding, so only this check catches it.
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { CITIES, CONTEXT } from './meta.mjs';

// Steradians. All of Guangdong is ~0.0045 sr; a wrongly wound ring gives ~12.6 (4π).
const MAX_AREA_SR = 0.05;

function checkRings(label, geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let vertices = 0;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) {
        throw new Error(`${label}: ring with ${ring.length} positions is open or degenerate`);
      }
      vertices += ring.length - 1;
    }
  }
  return { parts: polygons.length, vertices };
}

function checkLayer(topo, name, expectedIds) {
  const fc = feature(topo, topo.objects[name]);
  const ids = fc.features.map((f) => String(f.id));
  if (ids.join() !== [...expectedIds].sort().join()) throw new Error(`${name}: ids ${ids.join()}`);
  let parts = 0;
  let vertices = 0;
  for (const f of fc.features) {
    const area = geoArea(f);
    if (!(area > 0 && area < MAX_AREA_SR)) {
      throw new Error(`${name} ${f.id}: geoArea ${area} sr; ring winding is wrong for d3-geo`);
    }
    const r = checkRings(`${name} ${f.id}`, f.geometry);
    parts += r.parts;
    vertices += r.vertices;
  }
  return { features: fc.features.length, parts, vertices };
}

/** Throws on any problem; returns per-layer counts for the summary. */
export function validateTopology(topo) {
  return {
    cities: checkLayer(topo, 'cities', Object.keys(CITIES)),
    context: checkLayer(
      topo,
      'context',
      CONTEXT.map((c) => c.id),
    ),
  };
}
