/**
 * Providers: react-query (server data: the dataset) and the one UI store, created from the URL before
 * the first render so a deep link never flashes the default view.
 * The one place that chooses the layout: `embed=1` → EmbedLayout, otherwise the full Workspace; where
 * the app cannot run (an iframe sandboxed without allow-same-origin), a note saying what to change.
 * Components below never look at the embed flag.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RuntimeNote } from '../panels/embed/RuntimeNote.tsx';
import { createAppStore } from '../state/store.ts';
import { parseView } from '../state/urlCodec.ts';
import { startUrlSync } from '../state/urlSync.ts';
import { StoreContext } from '../state/useAppStore.ts';
import { EmbedLayout } from './EmbedLayout.tsx';
import { detectRuntime } from './embedEnv.ts';
import { SANDBOX_NOTES } from './embedNotes.ts';
import { Workspace } from './Workspace.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Number.POSITIVE_INFINITY },
  },
});

export function App() {
  const [store] = useState(() => createAppStore(parseView(window.location.search)));
  // Decided once, from the address the page was opened with: back/forward never swaps the layout.
  const [shell] = useState(() =>
    detectRuntime() === 'opaque-sandbox' ? 'note' : store.getState().embed ? 'embed' : 'full',
  );
  useEffect(() => startUrlSync(store), [store]);
  return (
    <QueryClientProvider client={queryClient}>
      <StoreContext.Provider value={store}>
        {shell === 'note' ? (
          <RuntimeNote notes={SANDBOX_NOTES} />
        ) : shell === 'embed' ? (
          <EmbedLayout />
        ) : (
          <Workspace />
        )}
      </StoreContext.Provider>
    </QueryClientProvider>
  );
}
