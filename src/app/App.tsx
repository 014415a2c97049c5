/**
 * Providers: react-query (server data: the dataset) and the one UI store, created from the URL before
 * the first render so a deep link never flashes the default view.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createAppStore } from '../state/store.ts';
import { parseView } from '../state/urlCodec.ts';
import { startUrlSync } from '../state/urlSync.ts';
import { StoreContext } from '../state/useAppStore.ts';
import { Workspace } from './Workspace.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Number.POSITIVE_INFINITY },
  },
});

export function App() {
  const [store] = useState(() => createAppStore(parseView(window.location.search)));
  useEffect(() => startUrlSync(store), [store]);
  return (
    <QueryClientProvider client={queryClient}>
      <StoreContext.Provider value={store}>
        <Workspace />
      </StoreContext.Provider>
    </QueryClientProvider>
  );
}
