// Pinned inputs: echarts@4.9.0 province files, installed as the npm alias `echarts4-geo`.
// The sha256 values were recorded when the data was evaluated; if npm ever resolves different bytes
// (a re-published tarball, a wrong alias) the build must stop rather than silently ship other shapes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEchartsGeo } from './decode.mjs';

export const PACKAGE_DIR = 'node_modules/echarts4-geo';
export const PROVINCE_DIR = 'map/json/province';
export const EXPECTED_VERSION = '4.9.0';

/** file name → sha256 of the exact bytes in echarts@4.9.0. */
export const INPUT_SHA256 = {
  'guangdong.json': 'e53cd42dfa62a36b1b4db89ea9920c253b6211f25f379cfe5e189bfbcc43813c',
  'xianggang.json': '12e8662768e370c2774e238156cc5db3611a66f4eab4034d5e29261c5fa95a69',
  'aomen.json': 'ff8bccc130d0a61b0ec32a521a75e38f2122c564e1c12ab5c8cfb810a48dea59',
  'guangxi.json': 'd5531decbfbb50d0421efb4255cdab5a16950fe6c3b185be66a538983779ce2b',
  'hunan.json': 'ffaa44ddd9bd361cf23cc002b0ae595a4b446c49f4b67a3f6ef7395c2b39f426',
  'jiangxi.json': '0b32ae6f4f362b8bf94c8e9de6bbd890dc361f29efca2624c7cfa47005e608de',
  'fujian.json': '87d15eb633b9da22d88455367447b164d23ff6799a1696901e5fe005b705cd04',
  'hainan.json': '74cb50c43a41b8498294f5206d5e907ce5f3e9783a3654ff6ec2f1809f09b2d5',
};

/** Fails loudly unless the aliased package really is echarts 4.9.0. */
function checkPackage(root) {
  const pkgPath = join(root, PACKAGE_DIR, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  if (pkg.name !== 'echarts' || pkg.version !== EXPECTED_VERSION) {
    throw new Error(`${pkgPath}: expected echarts@${EXPECTED_VERSION}, found ${pkg.name}@${pkg.version}`);
  }
}

/** Reads one pinned file, verifies its sha256 and returns it decoded to plain GeoJSON. */
function loadVerified(root, file) {
  const expected = INPUT_SHA256[file];
  if (!expected) throw new Error(`no pinned sha256 for ${file}`);
  const path = join(root, PACKAGE_DIR, PROVINCE_DIR, file);
  const bytes = readFileSync(path);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) {
    throw new Error(`sha256 mismatch for ${path}\n  expected ${expected}\n  actual   ${actual}`);
  }
  return decodeEchartsGeo(JSON.parse(bytes.toString('utf8')));
}

/** Loads and verifies every pinned input; keys are the file names without `.json`. */
export function loadInputs(root) {
  checkPackage(root);
  const out = {};
  for (const file of Object.keys(INPUT_SHA256).sort()) {
    out[file.replace(/\.json$/, '')] = loadVerified(root, file);
  }
  return out;
}
