// 内伶仃岛 (Neilingding island, ~5.9 km²) is administered by 深圳 南山区, but echarts 4 files it as a
// polygon part of 珠海. Move exactly that part; anything else matching the window means the input
// changed and the fix must be re-examined, so it throws instead of guessing.

const FROM = '440400'; // 珠海
const TO = '440300'; // 深圳
// Search window around the island (its bbox in the source is ~113.787–113.825°E, 22.396–22.424°N)
// and a point that any bbox of the island must cover.
const WINDOW = [113.75, 22.38, 113.86, 22.44];
const CORE = [113.81, 22.41];

function bboxOf(ring) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}

function isIsland(polygon) {
  const b = bboxOf(polygon[0]);
  const inWindow = b[0] >= WINDOW[0] && b[1] >= WINDOW[1] && b[2] <= WINDOW[2] && b[3] <= WINDOW[3];
  const coversCore = b[0] <= CORE[0] && b[2] >= CORE[0] && b[1] <= CORE[1] && b[3] >= CORE[1];
  return inWindow && coversCore;
}

const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Mutates the decoded guangdong FeatureCollection; returns the moved part's bbox for the log. */
export function moveNeilingding(fc) {
  const from = fc.features.find((f) => String(f.id) === FROM);
  const to = fc.features.find((f) => String(f.id) === TO);
  if (!from || !to) throw new Error('内伶仃岛 fix: 珠海 or 深圳 feature missing');

  // Look in every city, so that an island already under 深圳 (or elsewhere) is noticed too.
  const hits = fc.features.flatMap((f) =>
    polygonsOf(f.geometry)
      .filter(isIsland)
      .map((p) => ({ id: String(f.id), p })),
  );
  if (hits.length !== 1 || hits[0].id !== FROM) {
    throw new Error(`内伶仃岛 fix: expected exactly one matching part in ${FROM}, found ${hits.length}`);
  }
  const part = hits[0].p;
  const kept = polygonsOf(from.geometry).filter((p) => p !== part);
  from.geometry =
    kept.length === 1
      ? { type: 'Polygon', coordinates: kept[0] }
      : { type: 'MultiPolygon', coordinates: kept };
  to.geometry = { type: 'MultiPolygon', coordinates: [...polygonsOf(to.geometry), part] };
  return bboxOf(part[0]);
}
