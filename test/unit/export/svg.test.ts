/**
 * The SVG export: a parseable file with the title, the 21 cities, the diagram's nodes, the legends
 * and the footer — and nothing that could run or fetch (security-notes §1.4), even when a cluster or
 * node name is hostile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDataset } from '../../../src/data/assemble.ts';
import { normalize } from '../../../src/data/normalize.ts';
import { LAYOUT_SIZE } from '../../../src/export/layout.ts';
import { buildExportSvg, fontFaceCss, serializeSvg } from '../../../src/export/svg.ts';
import { unsafeSvgParts } from '../../../src/export/svgSafety.ts';
import { figureFor, LINK } from './helpers.ts';

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.documentElement.localName).toBe('svg');
  return doc;
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('buildExportSvg', () => {
  it('draws the title, the 21 cities, every diagram node, both legends and the footer', () => {
    const input = figureFor({ cluster: 'petrochem', node: 'seg-refining' });
    const doc = parse(serializeSvg(buildExportSvg(input, document)));
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe('1600');
    expect(root.getAttribute('height')).toBe('900');
    expect(doc.querySelector('title')?.textContent).toBe('绿色石化');
    expect(doc.querySelector('text.title')?.textContent).toBe('绿色石化');
    expect(doc.querySelector('text.subtitle')?.textContent).toContain('炼油化工');
    expect(doc.querySelectorAll('path.city')).toHaveLength(21);
    expect(
      new Set([...doc.querySelectorAll('path.city')].map((p) => p.getAttribute('data-adcode'))).size,
    ).toBe(21);
    expect(doc.querySelectorAll('path.belt').length).toBeGreaterThan(0);
    const chain = doc.querySelector('svg.chain');
    expect(chain?.querySelectorAll('.node')).toHaveLength(input.chain?.graph.nodes.length ?? -1);
    expect(chain?.querySelector('.selection')).not.toBeNull();
    const all = texts(doc);
    expect(all).toContain('城市角色');
    expect(all).toContain('核心');
    expect(all).toContain('茂名');
    expect(all.some((t) => t.startsWith('来源：[1] '))).toBe(true);
    expect(all.some((t) => t.includes('示意图 — 非标准地图'))).toBe(true);
    expect(all.some((t) => t.includes('导出日期 2026-11-27'))).toBe(true);
    expect(all.join('')).toContain(LINK);
  });

  it('has no script, event attribute, foreignObject, javascript: or external reference', () => {
    const text = serializeSvg(buildExportSvg(figureFor({ cluster: 'new-energy', city: '440300' }), document));
    const doc = parse(text);
    expect(unsafeSvgParts(doc.documentElement)).toEqual([]);
    expect(doc.querySelectorAll('script, foreignObject')).toHaveLength(0);
    expect(text).not.toMatch(
      /<script|<foreignObject|javascript:|\son[a-z]+=|@import|https?:\/\/(?!www\.w3\.org)[^"<]*"/i,
    );
  });

  it('keeps hostile names as text', () => {
    const evilCluster = '<script>alert(1)</script>';
    const evilNode = '"><svg onload=alert(1)>';
    const data = join(import.meta.dirname, '..', '..', '..', 'data');
    const { dataset } = assembleDataset('manifest.json', (path) => {
      const json = JSON.parse(readFileSync(join(data, path), 'utf8'));
      if (path.endsWith('petrochem.json')) {
        json.cluster.name.zh = evilCluster;
        json.cluster.chain.nodes[0].name.zh = evilNode;
      }
      return json;
    });
    if (!dataset) throw new Error('dataset did not assemble');
    const ds = normalize(dataset);
    const first = ds.clusters.get('petrochem')?.cluster.chain.nodes[0]?.id ?? null;
    const input = figureFor({ cluster: 'petrochem', node: first }, ds);
    const text = serializeSvg(buildExportSvg(input, document));
    const doc = parse(text);
    expect(unsafeSvgParts(doc.documentElement)).toEqual([]);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('svg svg svg')).toHaveLength(0);
    expect(doc.querySelector('text.title')?.textContent).toBe(evilCluster);
    expect(doc.querySelector('text.subtitle')?.textContent).toContain(evilNode);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<svg onload');
  });

  it('lays out every size; the overview shows the map alone with the count ramp', () => {
    for (const layout of ['slide', 'a4', 'map', 'chain'] as const) {
      const doc = parse(
        serializeSvg(buildExportSvg(figureFor({ cluster: 'petrochem' }), document, { layout })),
      );
      expect(doc.documentElement.getAttribute('width')).toBe(String(LAYOUT_SIZE[layout].width));
      expect(doc.documentElement.getAttribute('height')).toBe(String(LAYOUT_SIZE[layout].height));
      expect(doc.querySelectorAll('path.city')).toHaveLength(layout === 'chain' ? 0 : 21);
      expect(doc.querySelectorAll('svg.chain')).toHaveLength(layout === 'map' ? 0 : 1);
    }
    const doc = parse(serializeSvg(buildExportSvg(figureFor({ lang: 'en' }), document)));
    expect(doc.querySelectorAll('path.city')).toHaveLength(21);
    expect(doc.querySelector('svg.chain')).toBeNull();
    expect(texts(doc)).toContain('Number of clusters');
    expect(texts(doc)).toContain('Guangzhou');
  });

  it('embeds fonts only as data: URLs', () => {
    const good = {
      weight: 400 as const,
      unicodeRange: 'U+3000-9FFF',
      dataUrl: 'data:font/woff2;base64,d09GMg==',
    };
    const bad = { weight: 700 as const, unicodeRange: 'U+0-FF', dataUrl: 'https://evil.test/x.woff2' };
    const css = fontFaceCss([good, bad]);
    expect(css).toContain("src:url(data:font/woff2;base64,d09GMg==) format('woff2')");
    expect(css).not.toContain('evil');
    const svg = buildExportSvg(figureFor({ cluster: 'petrochem' }), document, { fonts: [good, bad] });
    expect(unsafeSvgParts(svg)).toEqual([]);
    expect(svg.querySelector('style')?.textContent).toContain('@font-face');
  });
});

describe('unsafeSvgParts', () => {
  it('flags what a hostile SVG could carry', () => {
    const doc = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="x()">
        <script>alert(1)</script><foreignObject/><a href="javascript:alert(1)"/><image xlink:href="https://x.test/a.png"/>
        <style>@import url(https://x.test/a.css); .a{fill:url(#ok)}</style><rect style="fill:url(http://x.test/p)"/></svg>`,
      'image/svg+xml',
    );
    const found = unsafeSvgParts(doc.documentElement).join('\n');
    for (const what of [
      'onload',
      '<script>',
      '<foreignObject>',
      'javascript:',
      'external',
      '@import',
      'url(http',
    ])
      expect(found).toContain(what);
    expect(found).not.toContain('url(#ok)');
  });

  it('lets ARIA text say "javascript:" and "url(", and flags animation that could set a URL', () => {
    const doc = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg" aria-label="javascript: 入门 url(x)" aria-roledescription="javascript:">
        <a href="#a"><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="href" values="javascript:alert(1)"/></a></svg>`,
      'image/svg+xml',
    );
    const found = unsafeSvgParts(doc.documentElement);
    expect(found.filter((p) => /aria/.test(p))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['<set> element', '<animate> element']));
  });
});
