/**
 * The embedded view (`?embed=1`, chosen once by App): the map and/or the chain diagram (`show=`) of the
 * linked cluster, each with its own compact legend, and an "Open in ChainAtlas" link to the full app on
 * the same view. No picker, no panels: an embed shows what its author chose.
 *
 * Sizing: every view is as tall as a fraction of the page *width* (CSS in embed.css), never of its
 * height, so the content height depends only on the iframe's width. That height goes to the framing
 * page (embedHeight.ts), which sizes the iframe: no scrollbars either side, and no feedback loop.
 */
import { useEffect, useRef } from 'react';
import { formatProblem } from '../data/problems.ts';
import { nameIn, t } from '../i18n/index.ts';
import { embedText } from '../panels/embed/strings.ts';
import { viewOf } from '../state/store.ts';
import { useAppStore, useAppStoreApi } from '../state/useAppStore.ts';
import { ChainPane } from './ChainPane.tsx';
import { chartViewName } from './ChartTabs.tsx';
import { useDocumentMeta } from './documentMeta.ts';
import { parentTarget, startHeightReporter } from './embedHeight.ts';
import { fullAppUrl } from './embedLinks.ts';
import { MapPane } from './MapPane.tsx';
import { prepareChosenCluster } from './prepareViews.ts';
import { useClusterView } from './useClusterView.ts';
import { useDataset } from './useDataset.ts';
import { usePrewarmMap } from './usePrewarmMap.ts';
import '../panels/embed/embed.css';
import './laterFonts.ts';

export function EmbedLayout() {
  const view = useAppStore(viewOf);
  const { cluster: clusterId, lang, embedPart: part } = view;
  const withMap = part !== 'chain';
  const store = useAppStoreApi();
  const data = useDataset({
    withMap,
    prepare: prepareChosenCluster(store),
  });
  const dataset = data.dataset;
  const { entry, graph, gapIds } = useClusterView(dataset, clusterId, lang);
  usePrewarmMap(withMap);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => (rootRef.current ? startHeightReporter(rootRef.current, parentTarget()) : undefined), []);
  // The chart's name joins the title when the embed shows one of the four charts other than the diagram.
  const chart =
    entry && part !== 'map' && view.view !== 'chain' ? ` · ${chartViewName(lang, view.view)}` : '';
  const title = entry ? `${nameIn(lang, entry.cluster.name)}${chart}` : t(lang, 'app.title');
  useDocumentMeta(lang, entry ? `${title} · ${t(lang, 'app.title')}` : title);
  return (
    <div ref={rootRef} className={`embed embed-${part}`} data-testid="embed">
      <header className="embed-bar">
        <h1 className="embed-title">{title}</h1>
        <a
          className="embed-open"
          href={fullAppUrl(view, window.location.href)}
          target="_blank"
          rel="noopener"
          title={embedText(lang, 'openTitle')}
          data-testid="embed-open"
        >
          {embedText(lang, 'open')}
        </a>
      </header>
      {!dataset ? (
        data.loading ? (
          <p className="embed-message">{embedText(lang, 'loading')}</p>
        ) : (
          <div className="embed-message" role="alert">
            <p>{embedText(lang, 'dataFailed')}</p>
            <ul>
              {data.problems.slice(0, 3).map((p) => (
                <li key={formatProblem(p)}>{formatProblem(p)}</li>
              ))}
            </ul>
          </div>
        )
      ) : (
        <main className="embed-views">
          {part !== 'chain' && (
            <section className="embed-view embed-view-map" aria-label={t(lang, 'view.map')}>
              <MapPane dataset={dataset} entry={entry} graph={graph} lang={lang} />
            </section>
          )}
          {part !== 'map' && (
            <section className="embed-view embed-view-chain" aria-label={t(lang, 'view.chain')}>
              {entry ? (
                <ChainPane
                  dataset={dataset}
                  entry={entry}
                  graph={graph}
                  gapIds={gapIds}
                  lang={lang}
                  embedded
                />
              ) : (
                <p className="embed-message">{embedText(lang, 'pickCluster')}</p>
              )}
            </section>
          )}
        </main>
      )}
    </div>
  );
}
