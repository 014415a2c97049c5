// Runs mapshaper (pinned 0.7.70) in-process via its Node API. Both layers go into one dataset so
// city and context borders snap to shared arcs and the TopoJSON stores each border once.
// mapshaper is not in the default install: it pulls in a native SQLite build (via geopackage) that
// takes most of a fresh `npm install` and is never needed to run or test the app. `npm run data:geo`
// installs it on demand (see package.json) before this runs.
const MAPSHAPER = '0.7.70';
async function loadMapshaper() {
  try {
    return (await import('mapshaper')).default;
  } catch {
    throw new Error(
      `mapshaper is not installed: run \`npm install --no-save mapshaper@${MAPSHAPER}\` (npm run data:geo does this)`,
    );
  }
}

import { CONTEXT_BBOX } from './meta.mjs';

// Simplification is by distance, never a percentage: `-simplify 10%` keeps few vertices per shape
// and removes islands (珠海 fell from 65 parts to 6). 250 m looks like full detail at PRD zoom.
export const SIMPLIFY_INTERVAL_M = 250;
export const QUANTIZATION = 100000;

/**
 * Commands, in order. Every command names its target: mapshaper otherwise applies a command to the
 * layer(s) targeted last, and `-o` would silently write only the context layer.
 */
export function commands() {
  return [
    '-i combine-files cities.json context.json snap',
    '-clean target=cities', // removes the source's slivers, overlaps, duplicate points, degenerate islets
    '-dissolve id target=context', // one outline per neighbour province / SAR
    `-clip bbox=${CONTEXT_BBOX.join(',')} target=context`,
    '-clean target=context',
    `-simplify interval=${SIMPLIFY_INTERVAL_M} weighted keep-shapes target=*`,
    '-filter-slivers min-area=0.01km2 target=*',
    `-o format=topojson quantization=${QUANTIZATION} target=* out.topo.json`,
    '-quiet',
  ].join(' ');
}

/** Returns mapshaper's TopoJSON (parsed) for the two prepared layers. */
export async function runMapshaper(cities, context) {
  const mapshaper = await loadMapshaper();
  const out = await mapshaper.applyCommands(commands(), { 'cities.json': cities, 'context.json': context });
  const text = out['out.topo.json'];
  if (typeof text !== 'string') throw new Error('mapshaper produced no out.topo.json');
  return JSON.parse(text);
}
