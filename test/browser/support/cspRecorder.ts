/**
 * Records every Content-Security-Policy violation in every frame of a browser context, so a spec can
 * demand none. An init script (it runs in each frame before the page's own scripts) listens for
 * `securitypolicyviolation`, keeps each one in `window.__cspViolations` for a look from the page, and
 * reports it to Node through a binding, so the list survives reloads and navigations.
 */
import type { BrowserContext } from 'playwright-core';

declare global {
  interface Window {
    __cspViolations?: string[];
    __chainatlasCspViolation?: (text: string) => void;
  }
}

const BINDING = '__chainatlasCspViolation';

function recordViolations(binding: string): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const text = `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}${e.sample ? ` sample=${e.sample}` : ''}`;
    window.__cspViolations?.push(text);
    const report = (window as unknown as Record<string, ((t: string) => void) | undefined>)[binding];
    void report?.(text);
  });
}

/** Starts recording in `context`; returns the live list (frame URL + violation). */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeBinding(BINDING, ({ frame }, text: string) => {
    seen.push(`${frame.url()}: ${text}`);
  });
  await context.addInitScript(recordViolations, BINDING);
  return seen;
}
