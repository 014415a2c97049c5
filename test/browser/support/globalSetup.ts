/** Serves the built app (dist/) for the whole browser suite. `npm run build` must have run first. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { formatCsp, HEADER_CSP } from '../../../scripts/vite/csp.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = join(import.meta.dirname, '..', '..', '..', 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  // Served under a sub-path, as on a real static host, to prove relative asset URLs work; with the
  // same Content-Security-Policy as a header that the page carries as a <meta> (public/_headers).
  const server = await serveStatic(dist, {
    prefix: '/briefings/chainatlas/',
    headers: { 'Content-Security-Policy': formatCsp(HEADER_CSP) },
  });
  project.provide('appUrl', server.url);
  return () => server.close();
}
