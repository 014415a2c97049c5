#!/usr/bin/env node
// Builds data/geo/guangdong.topo.json (objects `cities` and `context`) from the pinned echarts@4.9.0
// province files. See data/README.md, "Map boundaries". Usage: node scripts/build-geo.mjs [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadInputs } from './geo/inputs.mjs';
import { runMapshaper } from './geo/pipeline.mjs';
import { prepareLayers } from './geo/prepare.mjs';
import { finalizeTopology } from './geo/topology.mjs';
import { validateTopology } from './geo/validate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FILE_NAME = 'guangdong.topo.json';

function parseArgs(argv) {
  let out = join(ROOT, 'data/geo');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) out = resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}; usage: build-geo.mjs [--out DIR]`);
  }
  return { out };
}

async function main() {
  const { out } = parseArgs(process.argv.slice(2));
  const inputs = loadInputs(ROOT); // verifies package version and sha256 of every file
  const { cities, context, labels, moved } = prepareLayers(inputs);
  const topo = finalizeTopology(await runMapshaper(cities, context), labels);
  const stats = validateTopology(topo);

  // Compact JSON: key order is fixed by finalizeTopology, arcs are integers, so bytes are stable.
  const text = `${JSON.stringify(topo)}\n`;
  mkdirSync(out, { recursive: true });
  const path = join(out, FILE_NAME);
  writeFileSync(path, text);

  const bytes = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 9 }).length;
  const arcVertices = topo.arcs.reduce((n, arc) => n + arc.length, 0);
  const fmt = (s) => `${s.features} features, ${s.parts} parts, ${s.vertices} vertices`;
  console.log(
    `inputs: echarts@4.9.0, 8 files, sha256 ok; 内伶仃岛 moved 440400→440300 (bbox ${moved.join(', ')})`,
  );
  console.log(`cities:  ${fmt(stats.cities)}`);
  console.log(`context: ${fmt(stats.context)}`);
  console.log(`arcs: ${topo.arcs.length} (${arcVertices} stored vertices)`);
  console.log(`wrote ${path}: ${bytes} bytes, ${gzip} bytes gzip`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
