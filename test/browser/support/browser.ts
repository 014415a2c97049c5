/**
 * The one place that finds and launches a browser for tests and benchmarks. Order:
 * 1. CHROME_PATH (any Chromium/Chrome binary), 2. a system Chromium/Chrome, 3. @sparticuz/chromium from
 * npm (Linux), so a fresh Linux machine with only Node 20 passes after `npm install`.
 * The flag list is ours: never the npm package's defaults, which include --disable-web-security and
 * --single-process and would hide CSP and cross-origin bugs.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

export const BROWSER_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The browser process itself still tries Google hosts; resolve nothing but loopback so not even a
  // DNS query leaves the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  // Software compositing: with GPU compositing through SwiftShader, 2D canvas drops to ~1 fps here.
  '--disable-gpu-compositing',
  '--disable-gpu-rasterization',
  '--disable-accelerated-2d-canvas',
];

export async function resolveBrowserPath(): Promise<{ path: string; origin: string }> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return { path: fromEnv, origin: 'CHROME_PATH' };
  }
  for (const candidate of SYSTEM_BROWSERS)
    if (existsSync(candidate)) return { path: candidate, origin: 'system' };
  if (process.platform !== 'linux')
    throw new Error('No browser found: set CHROME_PATH to a Chromium or Chrome binary.');
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return { path: await sparticuz.executablePath(), origin: '@sparticuz/chromium' };
}

let announced = false;
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const { path, origin } = await resolveBrowserPath();
  if (!announced) {
    console.log(`browser: ${origin} (${path})`);
    announced = true;
  }
  return chromium.launch({ executablePath: path, headless: true, args: [...BROWSER_FLAGS, ...extraArgs] });
}
