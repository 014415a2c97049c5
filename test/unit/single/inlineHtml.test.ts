/** Assembly of the single file: CSP hashes, raw-text elements, fonts, self-containment. */
import { describe, expect, it } from 'vitest';
import {
  cspHash,
  externalReferences,
  inlineCssFonts,
  rawTextElements,
  withSingleFileCsp,
} from '../../../scripts/vite/single/inlineHtml.ts';
import { inlineWorkerConstructions } from '../../../scripts/vite/single/inlineWorkers.ts';

describe('cspHash', () => {
  it('matches the CSP specification example', () => {
    // https://www.w3.org/TR/CSP3/#grammardef-hash-source
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
  it('hashes the text the browser sees: CR LF and CR become LF', () => {
    expect(cspHash('a\r\nb\rc')).toBe(cspHash('a\nb\nc'));
  });
});

describe('rawTextElements', () => {
  it('finds elements as the parser does: a "<style>" inside a script is code', () => {
    const html =
      '<head><script type="module">const s = `<style>x</style>`;</script><style>a{}</style></head>';
    expect(rawTextElements(html)).toEqual([
      { tag: 'script', attrs: ' type="module"', body: 'const s = `<style>x</style>`;' },
      { tag: 'style', attrs: '', body: 'a{}' },
    ]);
  });
});

describe('withSingleFileCsp', () => {
  it('hashes each executable script and style, not the JSON data block, right after <meta charset>', () => {
    const html =
      '<html><head><meta charset="UTF-8" /><script type="module">go()</script><style>b{}</style></head>' +
      '<body><script type="application/json" id="d">{}</script></body></html>';
    const out = withSingleFileCsp(html);
    const policy =
      /<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
        out,
      )?.[1];
    expect(policy).toContain(`script-src ${cspHash('go()')};`);
    expect(policy).toContain(`style-src ${cspHash('b{}')};`);
    expect(policy).not.toContain(cspHash('{}'));
    expect(policy).not.toMatch(/unsafe|'self'/);
  });
});

describe('inlineCssFonts and externalReferences', () => {
  it('turns the font URLs into data: URLs and then finds nothing external', () => {
    const assets = { 'fonts/a.woff2': 'data:font/woff2;base64,AAAA' };
    const html =
      '<style>@font-face{src:url("./fonts/a.woff2") format("woff2")}</style><script>const u = "url(x)";</script>';
    expect(externalReferences(html)).toEqual(['url(./fonts/a.woff2)']);
    const { html: out, count } = inlineCssFonts(html, assets);
    expect(count).toBe(1);
    expect(out).toContain('url("data:font/woff2;base64,AAAA")');
    expect(externalReferences(out)).toEqual([]);
  });
  it('reports scripts, stylesheets and images that load from elsewhere', () => {
    const html = '<script src="./a.js"></script><link rel="stylesheet" href="b.css"><img src="data:,">';
    expect(externalReferences(html)).toEqual(['<script src=./a.js>', '<link href=b.css>']);
  });
});

describe('inlineWorkerConstructions', () => {
  it('turns the standard Vite worker construction into an inline worker', () => {
    const code = "const w = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });";
    expect(inlineWorkerConstructions(code)).toBe(
      'import __chainatlasInlineWorker0 from "./parse.worker.ts?worker&inline";\nconst w = __chainatlasInlineWorker0();',
    );
    expect(inlineWorkerConstructions('new Worker(url)')).toBeNull();
  });
});
