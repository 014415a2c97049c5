/**
 * The workspace while the bundled data loads: the same grid, with the map already drawn (our
 * boundaries as baked at build time, in the shell itself) where the live map will be. The first thing a
 * person sees is Guangdong in its place, not a line of text, and nothing jumps when the data lands.
 */

import { useMemo } from 'react';
import { type Lang, t } from '../i18n/index.ts';
import { BakedMapPreview } from '../map/BakedMapPreview.tsx';
import type { PreviewInput } from '../map/bakedPreview.ts';

/** The page's title in its header: 链图 and the subtitle. */
export function AppTitle({ lang }: { lang: Lang }) {
  return (
    <h1>
      {t(lang, 'app.title')} <span className="app-subtitle">{t(lang, 'app.subtitle')}</span>
    </h1>
  );
}

/** The whole page before the workspace's code has arrived: the header's title and the loading workspace. */
export function LoadingPage({ lang }: { lang: Lang }) {
  return (
    <div className="app">
      <header className="app-header">
        <AppTitle lang={lang} />
      </header>
      <LoadingWorkspace lang={lang} />
    </div>
  );
}

export function LoadingWorkspace({ lang }: { lang: Lang }) {
  const preview = useMemo(
    (): PreviewInput => ({
      fills: {},
      selected: null,
      highlighted: [],
      belts: { type: 'FeatureCollection', features: [] },
      lang,
    }),
    [lang],
  );
  return (
    <main className="workspace" aria-busy="true">
      <nav className="sidebar" aria-label={t(lang, 'nav.clusters')}>
        <p className="app-loading">{t(lang, 'app.loading')}</p>
      </nav>
      <div className="views">
        <section className="view view-map" aria-label={t(lang, 'view.map')}>
          <div className="map-toolbar" aria-hidden="true">
            <span className="map-toolbar-placeholder">{t(lang, 'city.pick')}</span>
          </div>
          <div className="map-view">
            <BakedMapPreview input={preview} />
          </div>
        </section>
        <section className="view view-chain" aria-label={t(lang, 'view.chain')} />
      </div>
    </main>
  );
}
