/** The diagram part of an export: what the live view shows, enlarged to fill the box (at most 2×). */
import { describe, expect, it } from 'vitest';
import { buildScene, sceneBounds } from '../../../src/chain/scene.ts';
import { toScreen } from '../../../src/chain/viewport.ts';
import { diagramFrame, liveSourceRect, MAX_MAGNIFY } from '../../../src/export/chainFrame.ts';
import type { ChainPart } from '../../../src/export/figureInput.ts';
import { figureFor } from './helpers.ts';

function chainPart(): ChainPart {
  const chain = figureFor({ cluster: 'petrochem' }).chain;
  if (!chain?.positions) throw new Error('no chain');
  return chain;
}

describe('diagramFrame', () => {
  it('fits the whole diagram when there is no live view', () => {
    const chain = chainPart();
    const frame = diagramFrame(chain, { width: 800, height: 500 });
    expect(frame?.magnify).toBe(1);
    const b = sceneBounds(buildScene(chain.graph, chain.positions ?? {}));
    if (!frame || !b) throw new Error('no frame');
    const a = toScreen(frame.view, { x: b.x0, y: b.y0 });
    const z = toScreen(frame.view, { x: b.x1, y: b.y1 });
    expect(a.x).toBeGreaterThanOrEqual(15.9);
    expect(z.x).toBeLessThanOrEqual(800 - 15.9);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(z.y).toBeLessThanOrEqual(500);
  });

  it('enlarges what a small live pane shows, at most 2×, and maps the box back onto the live canvas', () => {
    const chain = chainPart();
    const b = sceneBounds(buildScene(chain.graph, chain.positions ?? {}));
    if (!b) throw new Error('no bounds');
    // A narrow pane showing the whole diagram small, with empty space above and below.
    const liveSize = { width: 400, height: 400 };
    const k = 360 / (b.x1 - b.x0);
    const view = { k, x: 20 - b.x0 * k, y: 200 - ((b.y0 + b.y1) / 2) * k };
    const frame = diagramFrame({ ...chain, view, liveSize }, { width: 700, height: 480 });
    if (!frame) throw new Error('no frame');
    expect(frame.magnify).toBeGreaterThan(1.4);
    expect(frame.magnify).toBeLessThanOrEqual(MAX_MAGNIFY);
    const src = liveSourceRect(frame, view, { width: 700, height: 480 });
    expect(src.w).toBeCloseTo(700 / frame.magnify);
    // The diagram's centre lands in the middle of both the box and the copied region.
    const centre = { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 };
    const inBox = toScreen(frame.view, centre);
    const inLive = toScreen(view, centre);
    expect((inLive.x - src.x) * frame.magnify).toBeCloseTo(inBox.x, 1);
    expect((inLive.y - src.y) * frame.magnify).toBeCloseTo(inBox.y, 1);
  });
});
