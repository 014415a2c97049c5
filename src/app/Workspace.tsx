/**
 * The page: header; cluster picker; the map and the chain diagram side by side (stacked on narrow
 * screens), linked both ways through the store; the details and 五个一 panels below them.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { clusterFileJson, enterprisesCsv } from '../data/exportData.ts';
import type { Dataset } from '../data/normalize.ts';
import type { ClusterSummary } from '../data/schema.ts';
import { downloadBlob } from '../export/download.ts';
import { isoDay } from '../export/figureInput.ts';
import { type Lang, nameIn, t } from '../i18n/index.ts';
import { routeFiles } from '../import/routeFiles.ts';
import { ClusterPicker } from '../panels/ClusterPicker.tsx';
import { DataPanel } from '../panels/DataPanel.tsx';
import { EmbedDialog } from '../panels/EmbedDialog.tsx';
import { ExportActions } from '../panels/export/ExportActions.tsx';
import { useAppStore, useAppStoreApi } from '../state/useAppStore.ts';
import { ChainPane } from './ChainPane.tsx';
import { DetailsPane } from './DetailsPane.tsx';
import { clusterList } from './datasetViews.ts';
import { htmlLang, useDocumentMeta } from './documentMeta.ts';
import { GapsPane } from './GapsPane.tsx';
import { AppTitle, LoadingWorkspace } from './LoadingWorkspace.tsx';
import { MapPane } from './MapPane.tsx';
import { prepareChosenCluster } from './prepareViews.ts';
import { allowRestOfData, useInputAllowsRestOfData } from './restOfData.ts';
import { useClusterView } from './useClusterView.ts';
import { useDataset } from './useDataset.ts';
import { useMediaQuery } from './useMediaQuery.ts';
import { usePrewarmMap } from './usePrewarmMap.ts';
import './laterFonts.ts';

// The import wizard (mapping, matcher, district table) loads when a person first opens it.
const ImportWizard = lazy(() =>
  import('../panels/import/ImportWizard.tsx').then((m) => ({ default: m.ImportWizard })),
);

/** Index entries whose cluster is not in the dataset yet. */
function usePending(dataset: Dataset | null, index: readonly ClusterSummary[] | undefined) {
  return useMemo(
    () =>
      dataset && index
        ? new Set(index.filter((c) => !dataset.clusters.has(c.id)).map((c) => c.id))
        : undefined,
    [dataset, index],
  );
}

export function Workspace() {
  const store = useAppStoreApi();
  const data = useDataset({
    prepare: prepareChosenCluster(store),
  });
  const { clusterId, lang, setLang, selectCluster } = useAppStore((s) => ({
    clusterId: s.cluster,
    lang: s.lang,
    setLang: s.setLang,
    selectCluster: s.selectCluster,
  }));
  const narrow = useMediaQuery('(max-width: 900px)');
  usePrewarmMap(true);
  // A spreadsheet, or a CSV with someone else's headers, goes to the import wizard; our own formats
  // load at once as before.
  const [importFile, setImportFile] = useState<File | null>(null);
  const onFiles = (files: File[]) =>
    void routeFiles(files).then(({ wizard, direct }) => {
      if (direct.length) data.onFiles(direct);
      const [first] = wizard;
      if (first) setImportFile(first);
    });
  const dataset = data.dataset;
  const { entry, graph, gaps, gapIds, preparing } = useClusterView(dataset, clusterId, lang);
  useInputAllowsRestOfData(data.moreComing);
  // While the clusters' files load, the manifest's index lists them all (not selectable yet).
  const index = data.moreComing ? dataset?.meta.clusterIndex : undefined;
  const clusters = dataset ? (index?.length ? index : clusterList(dataset)) : [];
  const pending = usePending(dataset, index);
  const picker = (
    <>
      <ClusterPicker
        clusters={clusters}
        pending={pending}
        selectedId={clusterId}
        lang={lang}
        onSelect={selectCluster}
        onWantPending={allowRestOfData}
      />
      {data.moreComing && (
        <p className="picker-more" role="status">
          {t(lang, 'nav.moreComing')}
        </p>
      )}
      {preparing && (
        <p className="picker-more" role="status">
          {t(lang, 'nav.preparing')}
        </p>
      )}
    </>
  );
  // One data panel: shown alone while there is no dataset, beside the details once there is.
  const dataPanel = (
    <DataPanel
      lang={lang}
      status={data.status}
      problems={data.problems}
      progress={data.progress}
      phase={data.phase}
      onFiles={onFiles}
      onCancel={data.onCancel}
      onUseBundled={data.onUseBundled}
      pendingUrl={data.pendingUrl}
      onConfirmUrl={data.onConfirmUrl}
      onRejectUrl={data.onRejectUrl}
      onImportFile={setImportFile}
      savedImport={data.savedImport}
      onForgetImport={data.onForgetImport}
      exportCluster={entry && data.status.source === 'user' ? nameIn(lang, entry.cluster.name) : null}
      onExportCluster={(format) => {
        if (!dataset || !entry) return;
        const day = isoDay(new Date());
        if (format === 'json')
          downloadBlob(
            new Blob([clusterFileJson(dataset, entry.cluster)], { type: 'application/json' }),
            `chainatlas-${entry.cluster.id}-${day}.json`,
          );
        else
          downloadBlob(
            new Blob([enterprisesCsv(dataset, entry.cluster)], { type: 'text/csv;charset=utf-8' }),
            `chainatlas-${entry.cluster.id}-firms-${day}.csv`,
          );
      }}
    />
  );

  useDocumentMeta(
    lang,
    entry
      ? `${nameIn(lang, entry.cluster.name)} · ${t(lang, 'app.title')}`
      : `${t(lang, 'app.title')} — ${t(lang, 'app.subtitle')}`,
  );

  const nextLang: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <div className="app">
      <header className="app-header">
        <AppTitle lang={lang} />
        <div className="app-header-actions">
          {dataset && <ExportActions dataset={dataset} entry={entry} graph={graph} lang={lang} />}
          <EmbedDialog lang={lang} clusterName={entry ? nameIn(lang, entry.cluster.name) : null} />
          <button type="button" lang={htmlLang(nextLang)} onClick={() => setLang(nextLang)}>
            {t(lang, 'lang.switch')}
          </button>
        </div>
      </header>
      {!dataset && data.loading ? (
        <LoadingWorkspace lang={lang} />
      ) : !dataset ? (
        <main className="app-main">{dataPanel}</main>
      ) : (
        <main className="workspace">
          <nav className="sidebar" aria-label={t(lang, 'nav.clusters')}>
            {narrow ? (
              // On a phone the picker folds away so the map and the diagram come first.
              <details className="picker-disclosure">
                <summary>
                  {t(lang, 'nav.clusters')}: {entry ? nameIn(lang, entry.cluster.name) : t(lang, 'nav.all')}
                </summary>
                {picker}
              </details>
            ) : (
              picker
            )}
          </nav>
          <div className="views" aria-busy={preparing || undefined}>
            <section className="view view-map" aria-label={t(lang, 'view.map')}>
              <MapPane dataset={dataset} entry={entry} graph={graph} lang={lang} />
            </section>
            <section className="view view-chain" aria-label={t(lang, 'view.chain')}>
              <ChainPane dataset={dataset} entry={entry} graph={graph} gapIds={gapIds} lang={lang} />
            </section>
            {entry && (
              <section className="view-gaps" aria-label={t(lang, 'view.gaps')}>
                <GapsPane dataset={dataset} entry={entry} gaps={gaps} lang={lang} />
              </section>
            )}
          </div>
          <aside className="panels" aria-label={t(lang, 'view.details')}>
            <DetailsPane dataset={dataset} entry={entry} graph={graph} lang={lang} />
            {dataPanel}
          </aside>
        </main>
      )}
      {dataset && importFile && (
        <Suspense fallback={null}>
          <ImportWizard
            file={importFile}
            dataset={dataset}
            clusterId={clusterId}
            lang={lang}
            onClose={() => setImportFile(null)}
            onDone={(input, remember) => {
              setImportFile(null);
              data.onImported(input, remember);
              const [first] = input.additions;
              if (first) selectCluster(first.clusterId);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
