// Turns the decoded echarts files into the two GeoJSON layers mapshaper receives:
// `cities` (21 features, property adcode) and `context` (one group per neighbour, property id).
// Only keys needed for processing go in; final properties are attached after mapshaper.
import { CITIES, CONTEXT } from './meta.mjs';
import { moveNeilingding } from './neilingding.mjs';

function cityLayer(guangdong) {
  const want = Object.keys(CITIES).sort();
  const got = guangdong.features.map((f) => String(f.id)).sort();
  if (want.join() !== got.join()) {
    throw new Error(`guangdong.json: expected adcodes ${want.join()}, found ${got.join()}`);
  }
  for (const f of guangdong.features) {
    const zh = CITIES[f.id][0];
    if (f.properties.name !== zh)
      throw new Error(`guangdong.json ${f.id}: name ${f.properties.name} ≠ ${zh}`);
  }
  const moved = moveNeilingding(guangdong);
  const features = guangdong.features.map((f) => ({
    type: 'Feature',
    properties: { adcode: String(f.id) },
    geometry: f.geometry,
  }));
  return { layer: { type: 'FeatureCollection', features }, moved };
}

function contextLayer(inputs) {
  const features = [];
  for (const c of CONTEXT) {
    const src = inputs[c.source];
    if (!src) throw new Error(`context ${c.id}: input ${c.source} not loaded`);
    for (const code of c.exclude) {
      if (!src.features.some((f) => String(f.id) === code)) {
        throw new Error(`context ${c.id}: feature ${code} to exclude is not in ${c.source}.json`);
      }
    }
    for (const f of src.features) {
      if (c.exclude.includes(String(f.id))) continue;
      features.push({ type: 'Feature', properties: { id: c.id }, geometry: f.geometry });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Returns the labels (echarts `cp`, keyed by adcode) alongside the two layers. */
export function prepareLayers(inputs) {
  const labels = {};
  for (const f of inputs.guangdong.features) labels[String(f.id)] = f.properties.cp;
  const { layer: cities, moved } = cityLayer(inputs.guangdong);
  return { cities, context: contextLayer(inputs), labels, moved };
}
