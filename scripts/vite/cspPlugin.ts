/**
 * Writes the app's Content-Security-Policy into the built index.html right after <meta charset>, before
 * any script or stylesheet, so it governs all of them. Build only: the dev server's HMR client needs
 * inline scripts and a websocket, which this policy rightly forbids.
 */
import type { Plugin } from 'vite';
import { type Directives, formatCsp } from './csp.ts';

/** `<meta http-equiv="Content-Security-Policy">`; the policy never contains `"`, `<` or `&`. */
export function cspMeta(policy: string): string {
  if (/["<>&]/.test(policy)) throw new Error(`CSP contains a character that needs escaping: ${policy}`);
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/** Inserts `tag` after <meta charset> (or at the start of <head>); throws if the page has no <head>. */
export function insertInHead(html: string, tag: string): string {
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
  }
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('index.html has no <head> to put the Content-Security-Policy in');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
}

export function cspPlugin(directives: Directives): Plugin {
  const meta = cspMeta(formatCsp(directives));
  return {
    name: 'chainatlas-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => insertInHead(html, meta) },
  };
}
