import { afterEach, describe, expect, it } from 'vitest';
import { viewRegistry } from '../../../src/app/viewRegistry.ts';
import type { ChainViewHandle } from '../../../src/chain/ChainView.tsx';

afterEach(() => viewRegistry.setChain(null));

describe('viewRegistry.chainReady', () => {
  it("waits for the diagram's scene before an export reads the diagram", async () => {
    let finish = () => {};
    const scene = new Promise<void>((resolve) => {
      finish = resolve;
    });
    viewRegistry.setChain({ whenSceneReady: () => scene } as unknown as ChainViewHandle);
    let ready = false;
    const waiting = viewRegistry.chainReady().then(() => {
      ready = true;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(ready).toBe(false);
    finish();
    await waiting;
    expect(ready).toBe(true);
  });

  it('does not wait when no diagram is shown', async () => {
    await expect(viewRegistry.chainReady()).resolves.toBeUndefined();
  });
});
