/**
 * The workspace while the bundled data loads: the same grid, with the map already drawn (the d3-geo
 * preview of our boundaries, fetched beside the data) where the live map will be. The first thing a
 * person sees is Guangdong in its place, not a line of text, and nothing jumps when the data lands.
 */

import type { FeatureCollection, LineString, Point } from 'geojson';
import { useMemo } from 'react';
import { type Lang, t } from '../i18n/index.ts';
import { MapPreview } from '../map/MapPreview.tsx';
import { useBundledBoundaries } from './boundariesQuery.ts';

const NO_BELTS: FeatureCollection<LineString | Point> = { type: 'FeatureCollection', features: [] };
const NO_CITIES: readonly string[] = [];

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
  const boundaries = useBundledBoundaries();
  const part = useMemo(
    () =>
      boundaries.data
        ? {
            boundaries: boundaries.data,
            fills: {},
            selected: null,
            highlighted: NO_CITIES,
            belts: NO_BELTS,
            lang,
          }
        : null,
    [boundaries.data, lang],
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
          <div className="map-view">{part && <MapPreview part={part} />}</div>
        </section>
        <section className="view view-chain" aria-label={t(lang, 'view.chain')} />
      </div>
    </main>
  );
}
