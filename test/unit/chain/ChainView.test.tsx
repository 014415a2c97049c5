import { act, render, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChainView, type ChainViewHandle } from '../../../src/chain/ChainView.tsx';
import { buildChainGraph } from '../../../src/model/chainGraph.ts';
import { fixtureCluster } from '../../fixtures/chain/cluster.ts';
import positions from '../../fixtures/chain/positions.json';
import { recordingContext } from '../../fixtures/chain/recordingContext.ts';

const graph = buildChainGraph(fixtureCluster);

describe('ChainView', () => {
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
      () => recordingContext({ record: false }).ctx as never,
    );
  });
  afterEach(() => vi.restoreAllMocks());

  it('mounts one canvas, exposes the camera through its ref and cleans up on unmount', async () => {
    const ref = createRef<ChainViewHandle>();
    const props = {
      graph,
      selectedId: null,
      emphasisIds: null,
      focusId: null,
      lang: 'en' as const,
      onSelect: () => {},
    };
    const { container, rerender, unmount } = render(<ChainView {...props} positions={null} ref={ref} />);
    const host = container.querySelector('[data-testid="chain-view"]') as HTMLElement;
    expect(host).toHaveAttribute('aria-busy', 'true');
    expect(host.querySelectorAll('canvas')).toHaveLength(1);
    rerender(<ChainView {...props} positions={positions} ref={ref} />);
    // Ready once the renderer has built the scene for these positions.
    await waitFor(() => expect(host).toHaveAttribute('data-ready', 'true'));
    expect(host).toHaveAttribute('aria-busy', 'false');
    act(() => ref.current?.setView({ x: 1, y: 2, k: 3 }));
    expect(ref.current?.getView()).toEqual({ x: 1, y: 2, k: 3 });
    // new callback identities must not recreate the renderer
    rerender(<ChainView {...props} onSelect={() => {}} positions={positions} ref={ref} />);
    expect(host.querySelectorAll('canvas')).toHaveLength(1);
    expect(ref.current?.getView()).toEqual({ x: 1, y: 2, k: 3 });
    unmount();
    expect(host.querySelector('canvas')).toBeNull();
  });
});
