/**
 * Opens the app in a fresh browser context and records everything a test needs to judge it by:
 * every request (page and workers), console errors, uncaught page errors and CSP violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { recordCspViolations } from './cspRecorder.ts';

export interface AppSession {
  context: BrowserContext;
  page: Page;
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Content-Security-Policy violations in any frame, from the first page load on (cspRecorder.ts). */
  cspViolations: string[];
  /** Requests whose origin differs from the app's. */
  foreignRequests(): string[];
  close(): Promise<void>;
}

export async function openApp(
  browser: Browser,
  url: string,
  opts: { viewport?: { width: number; height: number } } = {},
): Promise<AppSession> {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 800 } });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations = await recordCspViolations(context);
  // context-level request events include dedicated workers' fetches (e.g. the map worker).
  context.on('request', (r) => {
    requests.push(r.url());
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => {
    pageErrors.push(String(e));
  });
  await page.goto(url);
  const origin = new URL(url).origin;
  return {
    context,
    page,
    requests,
    consoleErrors,
    pageErrors,
    cspViolations,
    foreignRequests: () =>
      requests.filter((r) => {
        if (r.startsWith('data:') || r.startsWith('blob:')) return false;
        try {
          return new URL(r).origin !== origin;
        } catch {
          return true;
        }
      }),
    close: () => context.close(),
  };
}
