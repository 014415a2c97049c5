import { describe, expect, it } from 'vitest';
import {
  ALL_LABELS_ZOOM,
  estimateTextWidth,
  type PlacedLabel,
  placeLabels,
  truncateLabel,
} from '../../../src/chain/labels.ts';
import type { Positions } from '../../../src/chain/layout.ts';
import { computeLayout } from '../../../src/chain/layout.ts';
import { buildScene, sceneLabels } from '../../../src/chain/scene.ts';
import { type Bounds, fitView } from '../../../src/chain/viewport.ts';
import { buildChainGraph, type ChainViewGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';
import positions from '../../fixtures/chain/positions.json';
import { syntheticGraph } from '../../fixtures/chain/synthetic.ts';

const overlap = (a: Bounds, b: Bounds) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const size = { width: 900, height: 600 };
const noState = { selectedId: null, emphasisIds: null, focusId: null };

function labelsAtFit(graph: ChainViewGraph, pos: Positions, lang: 'zh' | 'en') {
  const scene = buildScene(graph, pos);
  const all = Object.values(pos);
  const b = {
    x0: Math.min(...all.map((p) => p.x)),
    y0: Math.min(...all.map((p) => p.y)),
    x1: Math.max(...all.map((p) => p.x)),
    y1: Math.max(...all.map((p) => p.y)),
  };
  const view = fitView(b, size, 16);
  return { scene, view, labels: sceneLabels(scene, noState, null, view, size, lang) };
}

describe('label placement', () => {
  const fixture = buildChainGraph(fixtureCluster);

  it.each(['zh', 'en'] as const)('never overlaps two labels at the default zoom (fixture, %s)', (lang) => {
    const { labels, view } = labelsAtFit(fixture, positions, lang);
    expect(view.k).toBeLessThan(ALL_LABELS_ZOOM);
    expect(labels.length).toBeGreaterThan(8);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        expect(overlap((labels[i] as PlacedLabel).box, (labels[j] as PlacedLabel).box)).toBe(false);
  });

  it('never overlaps two labels on a dense graph, and prefers important nodes', () => {
    const graph = syntheticGraph(1500);
    const { labels, scene } = labelsAtFit(graph, computeLayout(graph).positions, 'en');
    expect(labels.length).toBeGreaterThan(5);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        expect(overlap((labels[i] as PlacedLabel).box, (labels[j] as PlacedLabel).box)).toBe(false);
    const labelled = labels.map((l) => scene.byId.get(l.id)?.data.importance ?? 0);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(labelled)).toBeGreaterThan(mean(graph.nodes.map((n) => n.importance)));
  });

  it('keeps labels off the bodies of nodes at least as important', () => {
    const { labels, scene, view } = labelsAtFit(fixture, positions, 'en');
    for (const l of labels)
      for (const n of scene.nodes) {
        if (n.data.importance < (scene.byId.get(l.id)?.data.importance ?? 0)) continue;
        const x = n.x * view.k + view.x;
        const y = n.y * view.k + view.y;
        const body = {
          x0: x - n.hw * view.k,
          y0: y - n.hh * view.k,
          x1: x + n.hw * view.k,
          y1: y + n.hh * view.k,
        };
        expect(overlap(l.box, body), `${l.id} over ${n.id}`).toBe(false);
      }
  });

  it('shows every label in view once zoomed in enough', () => {
    const scene = buildScene(fixture, positions);
    const view = { x: 450, y: 300, k: ALL_LABELS_ZOOM };
    const labels = sceneLabels(scene, noState, null, view, size, 'en');
    const inView = scene.nodes.filter((n) => {
      const x = n.x * view.k + view.x;
      const y = n.y * view.k + view.y;
      return x > 0 && y > 0 && x < size.width && y < size.height;
    });
    expect(labels.map((l) => l.id).sort()).toEqual(inView.map((n) => n.id).sort());
  });

  it('always shows forced labels (selection, hover) and never truncates them', () => {
    const long = 'A very long enterprise name that would normally be cut short';
    const placed = placeLabels(
      [
        { id: 'a', x: 100, y: 100, hw: 5, hh: 5, text: 'Alpha', importance: 100, bold: true },
        { id: 'b', x: 102, y: 100, hw: 5, hh: 5, text: long, importance: 1, bold: false, forced: true },
      ],
      { width: 800, height: 400 },
    );
    expect(placed[0]).toMatchObject({ id: 'b', text: long });
  });

  it('truncates long names and estimates CJK wider than Latin', () => {
    expect(truncateLabel('广东省新一代电子信息产业集群重点企业名单', 8)).toBe('广东省新一代电子…');
    expect(truncateLabel('short', 8)).toBe('short');
    expect(estimateTextWidth('电子', 10)).toBeGreaterThan(estimateTextWidth('ab', 10));
  });

  it('drops labels that would fall outside the viewport', () => {
    const placed = placeLabels(
      [{ id: 'x', x: -300, y: 10, hw: 4, hh: 4, text: 'Away', importance: 9, bold: false }],
      size,
    );
    expect(placed).toEqual([]);
  });
});
