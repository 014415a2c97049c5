import { describe, expect, it } from 'vitest';
import { createBitmapCache } from '../../../src/chain/bitmapCache.ts';
import type { Ctx2D } from '../../../src/chain/canvasTypes.ts';
import { createPicture, STEPPED_THRESHOLD } from '../../../src/chain/picture.ts';
import { recordingContext } from '../../fixtures/chain/recordingContext.ts';

/** A document whose canvases record their drawing (jsdom has no canvas). */
function fakeDoc() {
  const canvases: { width: number; height: number; rec: ReturnType<typeof recordingContext> }[] = [];
  const doc = {
    createElement: () => {
      const c = { width: 0, height: 0, rec: recordingContext(), getContext: () => c.rec.ctx };
      canvases.push(c);
      return c;
    },
  } as unknown as Document;
  return { doc, canvases };
}

const view = { x: 0, y: 0, k: 1 };
const size = { width: 400, height: 300 };

describe('the picture of a huge graph', () => {
  it('is redrawn in steps over several frames, the old bitmap staying on screen meanwhile', () => {
    const { doc, canvases } = fakeDoc();
    const cache = createBitmapCache(doc);
    const picture = createPicture(cache);
    const screen = recordingContext();
    const a = { view, size, dpr: 1, nodes: STEPPED_THRESHOLD + 1, moving: false, background: '#fff' };
    const draw = (c: Ctx2D) => c.fillRect(0, 0, 1, 1);
    let stepsDone = 0;
    // Each step is ~10 ms of work: a frame's budget holds one or two.
    function* steps(c: Ctx2D) {
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        while (performance.now() - t < 10);
        c.fillRect(i, 0, 1, 1);
        stepsDone++;
        yield;
      }
    }
    // The first picture comes in steps too; nothing is shown until it is complete.
    while (picture.show(screen.ctx as unknown as Ctx2D, a, draw, steps));
    expect(canvases).toHaveLength(1);
    expect(screen.calls.filter((c) => c.op === 'drawImage')).toHaveLength(1);
    // Every step was flushed (rasterised) in its own task, not left for the frame that shows it.
    expect(canvases[0]?.rec.count('getImageData')).toBeGreaterThanOrEqual(10);
    stepsDone = 0;
    // Something changed: the crisp picture now comes in steps, into a second (back) bitmap.
    cache.invalidate();
    let frames = 0;
    let before = 0;
    while (picture.show(screen.ctx as unknown as Ctx2D, a, draw, steps)) {
      frames++;
      expect(stepsDone - before).toBeLessThanOrEqual(2);
      before = stepsDone;
      expect(frames).toBeLessThan(20);
    }
    expect(frames).toBeGreaterThan(3);
    expect(stepsDone).toBe(10);
    expect(canvases).toHaveLength(2);
    // Every frame showed a bitmap; once done, the back one is the one shown.
    const blits = screen.calls.filter((c) => c.op === 'drawImage');
    expect(blits.length).toBe(frames + 2);
    expect(blits.at(-1)?.args[0]).toBe(canvases[1]);
    expect(blits[1]?.args[0]).toBe(canvases[0]);
    expect(cache.fresh(view)).toBe(true);
    // The next picture is painted into the bitmap shown before: no third canvas to allocate.
    cache.invalidate();
    while (picture.show(screen.ctx as unknown as Ctx2D, a, draw, steps));
    expect(canvases).toHaveLength(2);
    expect(screen.calls.filter((c) => c.op === 'drawImage').at(-1)?.args[0]).toBe(canvases[0]);
  });

  it('is drawn in one go below the threshold', () => {
    const { doc } = fakeDoc();
    const cache = createBitmapCache(doc);
    const picture = createPicture(cache);
    const screen = recordingContext();
    const a = { view, size, dpr: 1, nodes: STEPPED_THRESHOLD, moving: false, background: '#fff' };
    const draw = (c: Ctx2D) => c.fillRect(0, 0, 1, 1);
    picture.show(screen.ctx as unknown as Ctx2D, a, draw, function* () {});
    cache.invalidate();
    expect(picture.show(screen.ctx as unknown as Ctx2D, a, draw, function* () {})).toBe(false);
  });
});
