import { describe, expect, it } from 'vitest';
import { type Ctx2D, chainSteps, drawChain, drawHover } from '../../../src/chain/draw.ts';
import { activeSet, buildScene, type SceneState, sceneLabels } from '../../../src/chain/scene.ts';
import { lightTheme } from '../../../src/chain/theme.ts';
import { fitView } from '../../../src/chain/viewport.ts';
import { buildChainGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';
import positions from '../../fixtures/chain/positions.json';
import { recordingContext } from '../../fixtures/chain/recordingContext.ts';
import { syntheticGraph } from '../../fixtures/chain/synthetic.ts';

const size = { width: 800, height: 500 };

function draw(
  state: SceneState,
  graph = buildChainGraph(fixtureCluster),
  pos: Record<string, { x: number; y: number }> = positions,
) {
  const rec = recordingContext();
  const scene = buildScene(graph, pos);
  const view = fitView({ x0: -220, y0: -130, x1: 220, y1: 100 }, size, 16);
  const active = activeSet(scene, state);
  const args = {
    scene,
    state,
    active,
    labels: sceneLabels(scene, state, active, view, size, 'en' as const),
    view,
    size,
    dpr: 2,
    theme: lightTheme,
    lang: 'en' as const,
    pinned: new Set<string>(),
  };
  drawChain(rec.ctx as unknown as Ctx2D, args);
  return { rec, args };
}
const texts = (rec: ReturnType<typeof recordingContext>) =>
  rec.calls.filter((c) => c.op === 'fillText').map((c) => c.args[0]);

describe('drawChain (recording context)', () => {
  const none: SceneState = { selectedId: null, emphasisIds: null, focusId: null };

  it('paints background, lanes, lane titles, nodes and labels at device pixel ratio', () => {
    const { rec } = draw(none);
    expect(rec.calls[0]).toEqual({ op: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
    expect(texts(rec)).toEqual(
      expect.arrayContaining(['Upstream', 'Midstream', 'Downstream', 'Segment A', '?']),
    );
    expect(rec.count('fill')).toBeGreaterThan(8);
  });

  it('draws status marks with line patterns, not colour alone', () => {
    const { rec } = draw(none);
    const dashes = rec.calls.filter((c) => c.op === 'setLineDash').map((c) => JSON.stringify(c.args[0]));
    expect(dashes).toContain('[3,2]'); // 补短板 weak: dashed outline
    expect(dashes).toContain('[1,2]'); // 补链 missing: dotted outline
  });

  it('dims everything outside the focused neighbourhood', () => {
    const { rec } = draw({ ...none, focusId: 'prod-3' });
    const alphas = rec.calls.filter((c) => c.op === 'set:globalAlpha').map((c) => c.args[0]);
    expect(alphas).toContain(lightTheme.dimAlpha);
    const labels = texts(rec);
    expect(labels).toEqual(expect.arrayContaining(['Product Three', 'Segment C']));
    expect(labels).not.toContain('Segment A');
  });

  it('rings the selection and draws the hover overlay on top', () => {
    const { rec, args } = draw({ ...none, selectedId: 'seg-b' });
    expect(rec.calls.some((c) => c.op === 'set:strokeStyle' && c.args[0] === lightTheme.selection)).toBe(
      true,
    );
    const overlay = recordingContext();
    drawHover(overlay.ctx as unknown as Ctx2D, { ...args, state: { ...args.state, hoverId: 'seg-a' } }, null);
    expect(overlay.calls.some((c) => c.op === 'set:strokeStyle' && c.args[0] === lightTheme.hover)).toBe(
      true,
    );
  });

  it('batches 10 k nodes into a bounded number of fill calls', () => {
    const graph = syntheticGraph(3000);
    const pos = Object.fromEntries(
      graph.nodes.map((n, i) => [n.id, { x: (i % 60) * 12 - 360, y: Math.floor(i / 60) * 12 - 300 }]),
    );
    const { rec } = draw(none, graph, pos);
    // ≈ nodes / FILL_CHUNK + a few per kind, arrowheads and marks — far fewer than one per node
    expect(rec.count('fill')).toBeLessThan(graph.nodes.length / 4);
  });
});

describe('chainSteps (a huge graph drawn over several tasks)', () => {
  it('draws exactly what drawChain draws, pausing between batches', () => {
    const graph = syntheticGraph(6000);
    const pos = Object.fromEntries(
      graph.nodes.map((n, i) => [n.id, { x: (i % 80) * 12, y: Math.floor(i / 80) * 12 }]),
    );
    const whole = draw({ selectedId: null, emphasisIds: null, focusId: null }, graph, pos);
    const rec = recordingContext();
    let pauses = 0;
    for (const _ of chainSteps(rec.ctx as unknown as Ctx2D, whole.args)) pauses++;
    expect(pauses).toBeGreaterThan(3);
    expect(rec.calls).toEqual(whole.rec.calls);
  });
});
