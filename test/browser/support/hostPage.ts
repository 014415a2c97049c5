/**
 * A "briefing" page on another origin (its own 127.0.0.1 port) that frames the app with exactly the
 * code the Embed dialog hands out (src/panels/embed/snippets.ts): the <iframe> and the host script that
 * sizes it. It also records every message it receives in `window.__messages`, so a spec can check what
 * the app sends. Query: src (the embed URL), sandbox (absent: the suggested one; "none": no attribute),
 * height (the iframe's first height).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostScript, iframeSnippet } from '../../../src/panels/embed/snippets.ts';

export interface HostServer {
  url: string;
  /** The host page framing `src`. */
  page(src: string, opts?: { sandbox?: string | null; height?: number }): string;
  close(): Promise<void>;
}

declare global {
  interface Window {
    __messages?: { origin: string; data: unknown }[];
  }
}

function hostHtml(src: string, sandbox: string | null | undefined, height: number): string {
  const frame = iframeSnippet({
    src,
    title: 'ChainAtlas embed',
    height,
    ...(sandbox === undefined ? {} : { sandbox }),
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A briefing</title><style>body { margin: 0; font: 14px sans-serif } p { margin: 8px }</style></head>
<body>
<p>Briefing text above the embed.</p>
${frame}
<p>Briefing text below the embed.</p>
<script>
window.__messages = [];
window.addEventListener('message', function (e) { window.__messages.push({ origin: e.origin, data: e.data }); });
</script>
${hostScript(new URL(src).origin)}
</body></html>`;
}

export async function serveHostPages(): Promise<HostServer> {
  const server: Server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const src = q.get('src');
    if (!src) {
      res.writeHead(404).end('no src');
      return;
    }
    const raw = q.get('sandbox');
    const sandbox = raw === null ? undefined : raw === 'none' ? null : raw;
    const html = hostHtml(src, sandbox, Number(q.get('height') ?? '240'));
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    page: (src, opts = {}) => {
      const q = new URLSearchParams({ src, height: String(opts.height ?? 240) });
      if (opts.sandbox !== undefined) q.set('sandbox', opts.sandbox === null ? 'none' : opts.sandbox);
      return `${url}?${q}`;
    },
    // A page still open in the browser may hold a connection (keep-alive, or a request in flight);
    // close() alone waits for it, so a hook that closes the server before the page can hang.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
