import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store.ts';
import { startUrlSync } from '../../../src/state/urlSync.ts';
import { DEFAULT_VIEW } from '../../../src/state/viewState.ts';

describe('app store', () => {
  it('keeps one selection at a time: a city clears the node and a node clears the city', () => {
    const store = createAppStore({ ...DEFAULT_VIEW, cluster: 'petrochem' });
    store.getState().selectNode('seg-refining');
    store.getState().selectCity('440900');
    expect(store.getState()).toMatchObject({ node: null, city: '440900' });
    store.getState().selectNode('seg-ethylene');
    expect(store.getState()).toMatchObject({ node: 'seg-ethylene', city: null });
  });

  it('switching cluster drops the node and the diagram camera but keeps the city', () => {
    const store = createAppStore({
      ...DEFAULT_VIEW,
      cluster: 'petrochem',
      city: '440900',
      chain: { x: 1, y: 2, k: 3 },
    });
    store.getState().selectCluster('new-energy');
    expect(store.getState()).toMatchObject({
      cluster: 'new-energy',
      node: null,
      chain: null,
      city: '440900',
    });
  });

  it('pushes history for selections, replaces it for camera moves, and follows back/forward', () => {
    window.history.replaceState(null, '', '/');
    const store = createAppStore(DEFAULT_VIEW);
    const stop = startUrlSync(store);
    const before = window.history.length;
    store.getState().selectCluster('petrochem');
    expect(window.location.search).toBe('?c=petrochem');
    expect(window.history.length).toBe(before + 1);
    store.getState().setMapCamera({ lng: 113, lat: 23, zoom: 7 });
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toContain('m=113%2C23%2C7');
    // Simulate Back to the default view.
    window.history.replaceState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().cluster).toBeNull();
    stop();
  });
});
