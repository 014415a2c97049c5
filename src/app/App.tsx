/**
 * Providers: react-query (server data: the dataset) and the one UI store, created from the URL before
 * the first render so a deep link never flashes the default view.
 * The one place that chooses the layout: `embed=1` → EmbedLayout, otherwise the full Workspace; where
 * the app cannot run (an iframe sandboxed without allow-same-origin), a note saying what to change.
 * Components below never look at the embed flag.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { type Lang, t } from '../i18n/index.ts';
import { RuntimeNote } from '../panels/embed/RuntimeNote.tsx';
import { embedText } from '../panels/embed/strings.ts';
import { createAppStore } from '../state/store.ts';
import { parseView } from '../state/urlCodec.ts';
import { startUrlSync } from '../state/urlSync.ts';
import { StoreContext } from '../state/useAppStore.ts';
import { detectRuntime } from './embedEnv.ts';
import { SANDBOX_NOTES } from './embedNotes.ts';
import { LoadingPage } from './LoadingWorkspace.tsx';
import '../panels/embed/embed.css';

// The shell is what the page needs before its first content: this file, the store, the loading
// workspace and its map preview. The layouts, with the data loader and its validation and every
// panel, come in a chunk that is requested on the first render, beside the boundaries.
const Workspace = lazy(() => import('./Workspace.tsx').then((m) => ({ default: m.Workspace })));
const EmbedLayout = lazy(() => import('./EmbedLayout.tsx').then((m) => ({ default: m.EmbedLayout })));

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
          <Suspense fallback={<LoadingEmbed lang={store.getState().lang} />}>
            <EmbedLayout />
          </Suspense>
        ) : (
          <Suspense fallback={<LoadingPage lang={store.getState().lang} />}>
            <Workspace />
          </Suspense>
        )}
      </StoreContext.Provider>
    </QueryClientProvider>
  );
}

function LoadingEmbed({ lang }: { lang: Lang }) {
  return (
    <div className="embed" data-testid="embed">
      <header className="embed-bar">
        <h1 className="embed-title">{t(lang, 'app.title')}</h1>
      </header>
      <p className="embed-message">{embedText(lang, 'loading')}</p>
    </div>
  );
}
