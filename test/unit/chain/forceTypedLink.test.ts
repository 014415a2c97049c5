import { forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceTypedLink } from '../../../src/chain/forceTypedLink.ts';
import { lcg } from '../../../src/chain/random.ts';

type N = SimulationNodeDatum & { id: string };

function run(typed: boolean): number[] {
  const nodes: N[] = Array.from({ length: 60 }, (_, i) => ({
    id: `n${i}`,
    x: (i * 37) % 101,
    y: (i * 53) % 89,
  }));
  // A self-link and a coincident pair exercise the seeded jiggle.
  nodes[5] = { id: 'n5', x: nodes[4]?.x, y: nodes[4]?.y };
  const links = Array.from({ length: 90 }, (_, i) => ({
    source: `n${i % 60}`,
    target: `n${(i * 7 + 1) % 60}`,
    distance: 20 + (i % 3) * 5,
  }));
  links.push({ source: 'n4', target: 'n5', distance: 25 }, { source: 'n9', target: 'n9', distance: 25 });
  const sim = forceSimulation<N>(nodes).randomSource(lcg(7)).force('charge', forceManyBody()).stop();
  if (typed)
    sim.force(
      'link',
      forceTypedLink<N>(links, (d) => d.id, 2),
    );
  else
    sim.force(
      'link',
      forceLink<N, { source: string; target: string; distance: number }>(links.map((l) => ({ ...l })))
        .id((d) => d.id)
        .distance((l) => l.distance)
        .iterations(2),
    );
  sim.tick(40);
  return nodes.flatMap((d) => [d.x as number, d.y as number]);
}

describe('forceTypedLink', () => {
  it("moves every node exactly as d3's forceLink does", () => {
    const ours = run(true);
    expect(ours.every(Number.isFinite)).toBe(true);
    expect(ours).toEqual(run(false));
  });
});
