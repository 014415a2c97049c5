import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/chain/renderSvg.ts';
import { darkTheme, lightTheme } from '../../../src/chain/theme.ts';
import { buildChainGraph, type ChainViewGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';
import positions from '../../fixtures/chain/positions.json';

/** One element per line so snapshot diffs are readable. Text is escaped by the serializer. */
function serialize(svg: SVGSVGElement): string {
  return `${new XMLSerializer().serializeToString(svg).replace(/></g, '>\n<')}\n`;
}

function allElements(svg: Element): Element[] {
  return [svg, ...Array.from(svg.querySelectorAll('*'))];
}

const EVIL = '<img src=x onerror=alert(1)>';

describe('renderSvg', () => {
  const graph = buildChainGraph(fixtureCluster);
  const opts = { lang: 'zh' as const, width: 900, height: 560, title: '测试集群' };

  it('draws the fixture the same way every time (file snapshot)', async () => {
    const svg = renderSvg(graph, positions, lightTheme, document, { ...opts, selectedId: 'seg-b' });
    await expect(serialize(svg)).toMatchFileSnapshot('../../fixtures/chain/__snapshots__/fixture.svg');
  });

  it('draws lanes, every positioned node, links, status marks and labels', () => {
    const svg = renderSvg(graph, positions, lightTheme, document, { ...opts, lang: 'en' });
    expect(svg.querySelectorAll('.lanes rect')).toHaveLength(3);
    expect(svg.querySelectorAll('.node')).toHaveLength(graph.nodes.length);
    expect(svg.querySelector('.node-segment[data-id="seg-c"] text')?.textContent).toBe('?');
    expect(svg.querySelectorAll('.node[data-id="seg-a"] path')).toHaveLength(2); // 锻长板 double outline
    expect(svg.querySelector('.node[data-id="seg-b"] path')?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(svg.querySelector('.node[data-id="ent-leader"] .crown')).not.toBeNull();
    expect(svg.querySelector('.link-supplies')).not.toBeNull();
    expect(svg.querySelector('.arrows-supplies')).not.toBeNull();
    expect(svg.querySelector('.link-enables')?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect([...svg.querySelectorAll('.lane-titles text')].map((t) => t.textContent)).toEqual([
      'Upstream',
      'Midstream',
      'Downstream',
    ]);
    expect([...svg.querySelectorAll('.labels text')].map((t) => t.textContent)).toContain('Segment A');
    expect(svg.querySelector('.node[data-id="tech-1"] title')?.textContent).toContain('unverified');
  });

  it('dims nodes outside the emphasis set and keeps them out of the labels', () => {
    const svg = renderSvg(graph, positions, darkTheme, document, {
      ...opts,
      emphasisIds: new Set(['seg-a', 'prod-1']),
    });
    expect(svg.querySelector('.node[data-id="seg-a"]')?.hasAttribute('opacity')).toBe(false);
    expect(svg.querySelector('.node[data-id="seg-b"]')?.getAttribute('opacity')).toBe(
      String(darkTheme.dimAlpha),
    );
    const labelled = svg.querySelectorAll('.labels text');
    expect(labelled).toHaveLength(2);
  });

  it('contains no script, event attribute, foreignObject or external reference', () => {
    const svg = renderSvg(graph, positions, lightTheme, document, opts);
    for (const el of allElements(svg)) {
      expect(['script', 'foreignObject', 'image', 'use', 'a', 'iframe']).not.toContain(el.localName);
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.toLowerCase().startsWith('on'), attr.name).toBe(false);
        expect(attr.name).not.toMatch(/href$/i);
        expect(attr.value).not.toMatch(/url\(|javascript:/i);
      }
    }
  });

  it('escapes hostile names as text', () => {
    const evil: ChainViewGraph = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 'seg-a' ? { ...n, name: { zh: EVIL, en: EVIL } } : n)),
    };
    const svg = renderSvg(evil, positions, lightTheme, document, { ...opts, selectedId: 'seg-a' });
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.querySelector('.node[data-id="seg-a"] title')?.textContent).toContain(EVIL);
    const out = new XMLSerializer().serializeToString(svg);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toContain('<img');
    for (const el of allElements(svg))
      for (const attr of Array.from(el.attributes)) expect(attr.name).not.toMatch(/^on/i);
  });

  it('renders an empty graph without failing', () => {
    const svg = renderSvg({ nodes: [], links: [] }, {}, lightTheme, document, opts);
    expect(svg.querySelectorAll('.node')).toHaveLength(0);
    expect(svg.getAttribute('viewBox')).toBe('0 0 900 560');
  });
});
