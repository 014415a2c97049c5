/**
 * A minimal static server for dist/ on 127.0.0.1 (random port). Robust to hostile paths: a malformed
 * %-escape or a path leaving the root is a 400/404, never a crash. Optionally sends response headers
 * (e.g. a Content-Security-Policy) so tests can run the app as a strict host would serve it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** URL path prefix the root is mounted at, e.g. '/app/' (as on a static host's sub-path). */
  prefix?: string;
  headers?: Record<string, string>;
  /** Compress text files with gzip when the browser accepts it, as static hosts do (the bench). */
  gzip?: boolean;
}

export async function serveStatic(root: string, opts: ServeOptions = {}): Promise<StaticServer> {
  const prefix = opts.prefix ?? '/';
  const headers = opts.headers ?? {};
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(404).end('not found');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress =
      opts.gzip === true &&
      /gzip/.test(String(req.headers['accept-encoding'] ?? '')) &&
      !/woff2|png/.test(type);
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
      ...headers,
    });
    if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    // A page still open in the browser may hold a connection (keep-alive, or a request in flight);
    // close() alone waits for it, so a hook that closes the server before the page can hang.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
