#!/usr/bin/env node
/**
 * `npm test`: everything, in the order CI needs it, ending with one plain `N passed, N failed` line.
 * Static checks (typecheck, lint, data check, dependency audit, build) count as one test each; the unit (vitest, jsdom)
 * and browser (vitest + playwright-core + headless Chromium) suites count their own tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const cache = join(root, '.cache');
mkdirSync(cache, { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return r.status === 0;
}

function step(label, cmd, args) {
  if (run(label, cmd, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function suite(label, config) {
  const out = join(cache, `${label}.json`);
  rmSync(out, { force: true });
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`];
  if (config) args.push('--config', config);
  const ok = run(`${label} tests`, 'npx', args);
  if (!existsSync(out)) {
    failed++;
    failures.push(`${label} tests (runner crashed)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // Suites that fail before any test runs (e.g. a beforeAll error) still count as a failure.
  if (!ok && report.numFailedTests === 0) {
    failed++;
    failures.push(`${label} tests (suite error)`);
  } else if (report.numFailedTests) failures.push(`${label} tests (${report.numFailedTests})`);
}

step('typecheck', 'npx', ['tsc', '-p', '.']);
step('lint', 'npm', ['run', '--silent', 'lint']);
step('data check', 'npm', ['run', '--silent', 'data:check']);
step('dependency audit', 'npm', ['run', '--silent', 'audit']);
suite('unit');
const built = run('build', 'npx', ['vite', 'build']);
if (built) {
  passed++;
  suite('browser', 'vitest.browser.config.ts');
} else {
  failed++;
  failures.push('build (browser tests not run)');
}

console.log('');
if (failures.length) console.log(`failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
