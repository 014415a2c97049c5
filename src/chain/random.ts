/**
 * Seeded random source for the layout: the same linear congruential generator d3-force uses
 * internally (d3-force/src/lcg.js, which is not exported), with a caller-chosen seed so every
 * run with the same input yields the same positions.
 */
const A = 1664525;
const C = 1013904223;
const M = 4294967296; // 2^32

export function lcg(seed = 1): () => number {
  let s = (seed >>> 0) % M;
  return () => {
    s = (A * s + C) % M;
    return s / M;
  };
}

/** d3-force's jiggle (not exported either): a tiny offset for coincident points, from `random`. */
export function jiggle(random: () => number): number {
  return (random() - 0.5) * 1e-6;
}
