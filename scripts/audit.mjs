#!/usr/bin/env node
/**
 * Dependency audit of what we ship (production dependencies only; dev tools never reach a reader).
 *  1. `npm audit --omit=dev --audit-level=high --json`, when the registry answers.
 *  2. Always, and on its own when the registry is unreachable: the versions resolved in
 *     package-lock.json against a small table of known-vulnerable ranges for the libraries we ship,
 *     so the floor holds even offline (maplibre-gl >= 6.4.1 above all: attribution XSS).
 * Exits 1 on any finding, 0 when clean. `--offline` skips step 1; `--lockfile <path>` checks another
 * lockfile (used to prove the check on a planted vulnerable one).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const offline = args.includes('--offline');
const lockIndex = args.indexOf('--lockfile');
const lockfile = lockIndex >= 0 ? args[lockIndex + 1] : join(root, 'package-lock.json');

/**
 * Known-vulnerable ranges of packages in our production tree. `below`: affected when version < below;
 * `from`: optional lower bound of the affected range.
 */
const KNOWN = [
  {
    name: 'maplibre-gl',
    below: '6.4.1',
    id: 'CVE-2026-85061 / GHSA-jrc7-96c5-q579',
    what: 'critical: DOM.sanitize skips attributes, so AttributionControl runs HTML from a style or customAttribution',
  },
  {
    name: 'd3-color',
    from: '1.0.2',
    below: '3.1.0',
    id: 'GHSA-36jr-mh4h-2g58',
    what: 'high: ReDoS when parsing rgb()/hsl() colour strings',
  },
  {
    name: 'papaparse',
    below: '5.2.0',
    id: 'CVE-2020-36649 / GHSA-qvjc-g5vr-mfgr',
    what: 'high: ReDoS in dynamic typing of numbers',
  },
  {
    name: 'zod',
    from: '3.22.0',
    below: '3.22.3',
    id: 'CVE-2023-4316 / GHSA-m95q-7qp3-xv42',
    what: 'high: ReDoS in email validation',
  },
  {
    name: 'valibot',
    below: '1.5.0',
    id: 'GHSA-5qjj-4xww-7phc',
    what: 'flatten() throws on record keys such as toString/valueOf',
  },
];

/** Compares x.y.z versions; a pre-release sorts before its release (6.4.1-beta < 6.4.1). */
function compareVersions(a, b) {
  const split = (v) => {
    const [core, pre] = String(v).split('-', 2);
    return { nums: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre: pre ?? null };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === null) return 1;
  if (y.pre === null) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/** Every production package in the lockfile (nested copies too): [name, version, path]. */
function shippedPackages(lock) {
  const out = [];
  for (const [path, meta] of Object.entries(lock.packages ?? {})) {
    if (!path || meta.dev || meta.devOptional || meta.link || !meta.version) continue;
    const name = meta.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    out.push([name, meta.version, path]);
  }
  return out;
}

function pinnedCheck() {
  let lock;
  try {
    lock = JSON.parse(readFileSync(lockfile, 'utf8'));
  } catch (e) {
    return [`cannot read ${lockfile}: ${e instanceof Error ? e.message : e}`];
  }
  const findings = [];
  const shipped = shippedPackages(lock);
  for (const [name, version, path] of shipped)
    for (const k of KNOWN)
      if (
        k.name === name &&
        compareVersions(version, k.below) < 0 &&
        (!k.from || compareVersions(version, k.from) >= 0)
      )
        findings.push(`${name}@${version} (${path}) — ${k.id}: ${k.what}; upgrade to >= ${k.below}`);
  if (!shipped.some(([name]) => name === 'maplibre-gl'))
    findings.push('maplibre-gl is not in the lockfile: the floor check cannot run');
  console.log(
    `audit: pinned ranges checked against ${shipped.length} production packages (${KNOWN.length} known ranges)`,
  );
  return findings;
}

/** Returns findings, or null when the registry could not answer (offline, proxy refusing audits). */
function npmAudit() {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60000,
    shell: process.platform === 'win32',
  });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    return null;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') return null;
  console.log(
    `audit: npm audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate`,
  );
  return Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity}): ${v.range ?? ''} — npm audit`);
}

const findings = [];
if (offline) console.log('audit: --offline: npm audit skipped');
else {
  const audited = npmAudit();
  if (audited === null)
    console.log('audit: registry unreachable or refused the audit request: pinned-range check only');
  else findings.push(...audited);
}
findings.push(...pinnedCheck());

if (findings.length) {
  for (const f of findings) console.error(`audit: ${f}`);
  console.error(`audit: ${findings.length} finding(s)`);
  process.exit(1);
}
console.log('audit: ok');
