// Decoder for echarts 4's "UTF8Encoding" GeoJSON (map/json/**/*.json).
// Reimplements lib/coord/geo/parseGeoJson.js (decode/decodePolygon) without mutating the input,
// so the build owns the algorithm instead of requiring echarts' CommonJS internals.
//
// Format: each ring is a string of character pairs; (charCode - 64) is a zigzag-encoded delta in
// units of 1/scale degree, starting from geometry.encodeOffsets. Default scale is 1024 (~100 m).

/** Zigzag-decodes one character of an encoded ring. */
function zigzag(code) {
  const v = code - 64;
  return (v >> 1) ^ -(v & 1);
}

/** Decodes one ring string into [lng, lat] positions. */
export function decodeRing(encoded, offset, scale) {
  if (typeof encoded !== 'string' || encoded.length % 2 !== 0) {
    throw new Error('decodeRing: encoded ring must be a string of even length');
  }
  let x = offset[0];
  let y = offset[1];
  const out = [];
  for (let i = 0; i < encoded.length; i += 2) {
    x += zigzag(encoded.charCodeAt(i));
    y += zigzag(encoded.charCodeAt(i + 1));
    out.push([x / scale, y / scale]);
  }
  return out;
}

/** Decodes a geometry; echarts stores one ring per polygon (no holes), but all rings are decoded. */
function decodeGeometry(geometry, scale) {
  const { type, coordinates, encodeOffsets } = geometry;
  if (type === 'Polygon') {
    return { type, coordinates: coordinates.map((ring, r) => decodeRing(ring, encodeOffsets[r], scale)) };
  }
  if (type === 'MultiPolygon') {
    return {
      type,
      coordinates: coordinates.map((poly, p) =>
        poly.map((ring, r) => decodeRing(ring, encodeOffsets[p][r], scale)),
      ),
    };
  }
  throw new Error(`decode: unsupported geometry type ${type}`);
}

/**
 * Returns a plain GeoJSON FeatureCollection. Feature ids (the adcodes) are kept as `id`.
 * Throws on input that is not UTF8-encoded so a format change upstream fails loudly.
 */
export function decodeEchartsGeo(json) {
  if (json?.UTF8Encoding !== true || !Array.isArray(json.features)) {
    throw new Error('decode: expected an echarts UTF8Encoding FeatureCollection');
  }
  const scale = json.UTF8Scale ?? 1024;
  return {
    type: 'FeatureCollection',
    features: json.features.map((f) => ({
      type: 'Feature',
      id: f.id,
      properties: { ...f.properties },
      geometry: decodeGeometry(f.geometry, scale),
    })),
  };
}
