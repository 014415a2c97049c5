import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClusterSummary } from '../../../src/data/schema.ts';
import { ClusterPicker } from '../../../src/panels/ClusterPicker.tsx';

// The gate is page-wide state: each test gets a fresh copy of the module.
async function freshGate() {
  vi.resetModules();
  return import('../../../src/app/restOfData.ts');
}

describe("a deep link's other clusters", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('wait for nothing where the layout has no map', async () => {
    const { useRestOfDataAllowed } = await freshGate();
    const { result } = renderHook(() => useRestOfDataAllowed(false, false));
    expect(result.current).toBe(true);
  });

  it('wait until the map has loaded', async () => {
    const { useRestOfDataAllowed, allowRestOfData } = await freshGate();
    const { result } = renderHook(() => useRestOfDataAllowed(true, true));
    expect(result.current).toBe(false);
    act(() => allowRestOfData());
    expect(result.current).toBe(true);
  });

  it('wait at most MAP_WAIT_MS once they could start, for a map that never loads', async () => {
    const { useRestOfDataAllowed, MAP_WAIT_MS } = await freshGate();
    const { result, rerender } = renderHook(({ armed }) => useRestOfDataAllowed(true, armed), {
      initialProps: { armed: false },
    });
    act(() => vi.advanceTimersByTime(MAP_WAIT_MS * 2));
    expect(result.current).toBe(false); // not armed yet: the linked cluster is not in
    rerender({ armed: true });
    act(() => vi.advanceTimersByTime(MAP_WAIT_MS - 1));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });

  it('come once a person presses anything on the page while they wait, and not before', async () => {
    const { useRestOfDataAllowed, useInputAllowsRestOfData } = await freshGate();
    const { result } = renderHook(() => {
      useInputAllowsRestOfData(true);
      return useRestOfDataAllowed(true, true);
    });
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(false);
    act(() => {
      fireEvent.pointerDown(document.body);
    });
    expect(result.current).toBe(true);
  });

  it('come on a key too, and a page not waiting listens for nothing', async () => {
    const { useRestOfDataAllowed, useInputAllowsRestOfData } = await freshGate();
    const spy = vi.spyOn(document, 'addEventListener');
    renderHook(() => useInputAllowsRestOfData(false));
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    const { result } = renderHook(() => {
      useInputAllowsRestOfData(true);
      return useRestOfDataAllowed(true, true);
    });
    act(() => {
      fireEvent.keyDown(document.body, { key: 'Tab' });
    });
    expect(result.current).toBe(true);
  });

  it('come at once for a hook that mounts after the map loaded', async () => {
    const { useRestOfDataAllowed, allowRestOfData } = await freshGate();
    allowRestOfData();
    const { result } = renderHook(() => useRestOfDataAllowed(true, false));
    expect(result.current).toBe(true);
  });
});

describe('the cluster list while some clusters are still loading', () => {
  const clusters: ClusterSummary[] = [
    { id: 'robotics', name: { zh: '智能机器人', en: 'Robotics' }, kind: 'emerging', order: 17 },
    { id: 'petrochem', name: { zh: '绿色石化', en: 'Petrochemicals' }, kind: 'pillar', order: 3 },
  ] as ClusterSummary[];

  it('says when a person reaches for it (pointer or focus), and only while some are pending', () => {
    const want = vi.fn();
    const onSelect = vi.fn();
    const { rerender } = render(
      <ClusterPicker
        clusters={clusters}
        pending={new Set(['petrochem'])}
        selectedId="robotics"
        lang="zh"
        onSelect={onSelect}
        onWantPending={want}
      />,
    );
    const nav = screen.getByRole('navigation');
    fireEvent.pointerEnter(nav);
    expect(want).toHaveBeenCalledTimes(1);
    fireEvent.focus(screen.getByRole('searchbox'));
    expect(want).toHaveBeenCalledTimes(2);
    // The pending one is still inert.
    fireEvent.click(screen.getByRole('button', { name: /绿色石化/ }));
    expect(onSelect).not.toHaveBeenCalled();
    rerender(
      <ClusterPicker
        clusters={clusters}
        pending={new Set()}
        selectedId="robotics"
        lang="zh"
        onSelect={onSelect}
        onWantPending={want}
      />,
    );
    fireEvent.pointerEnter(screen.getByRole('navigation'));
    expect(want).toHaveBeenCalledTimes(2);
  });
});
