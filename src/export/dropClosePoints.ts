/**
 * A d3-geo stream stage for pictures drawn at a known size: it drops projected points closer than
 * `tolerance` pixels to the last point kept on their line or ring. Our boundaries carry 13,000
 * points; fitted into a 500-pixel map most of them fall within a pixel of their neighbours, and
 * drawing them all cost the map preview its first paint (190 KB of path data, then the SVG
 * parsed and rasterised). The last point of every line is kept, so rings stay closed.
 */
import type { GeoStream } from 'd3-geo';

export function dropClosePoints(tolerance: number, out: GeoStream): GeoStream {
  const t2 = tolerance * tolerance;
  let inLine = false;
  let first = true;
  // Last point kept, and the last point seen but dropped (emitted at lineEnd).
  let kx = 0;
  let ky = 0;
  let dx = 0;
  let dy = 0;
  let dropped = false;
  return {
    point(x, y, z) {
      if (!inLine || first) {
        out.point(x, y, z);
        kx = x;
        ky = y;
        first = false;
        dropped = false;
        return;
      }
      if ((x - kx) ** 2 + (y - ky) ** 2 < t2) {
        dx = x;
        dy = y;
        dropped = true;
        return;
      }
      out.point(x, y, z);
      kx = x;
      ky = y;
      dropped = false;
    },
    lineStart() {
      inLine = true;
      first = true;
      dropped = false;
      out.lineStart();
    },
    lineEnd() {
      if (dropped) out.point(dx, dy);
      inLine = false;
      out.lineEnd();
    },
    polygonStart() {
      out.polygonStart();
    },
    polygonEnd() {
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}
