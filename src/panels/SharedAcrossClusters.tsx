/**
 * The overview's "shared across clusters" section: firms and chain segments that two or more clusters
 * name (src/model/crossCluster.ts), each cluster a button that opens the cluster at that record and
 * each city a button that selects the city, then the cluster pairs with what they share.
 */
import { Fragment, useId, useMemo, useState } from 'react';
import type { Dataset } from '../data/normalize.ts';
import { nameIn } from '../i18n/index.ts';
import { clusterLinks, type SharedItem, sharedAcrossClusters } from '../model/crossCluster.ts';
import { TableScroll } from './common/TableScroll.tsx';
import type { Lang } from './common/types.ts';
import { sharedCounts, sharedFormat, sharedText } from './sharedStrings.ts';

/** Rows (and pairs) shown before "show all": enough to see the pattern without burying the overview. */
export const SHARED_FIRST = 15;

export interface SharedAcrossClustersProps {
  dataset: Dataset;
  lang: Lang;
  onPickCluster(id: string): void;
  /** Called after onPickCluster: picking a cluster clears the selection, so the record comes second. */
  onPickNode(id: string): void;
  onPickCity(adcode: string): void;
}

export function SharedAcrossClusters({
  dataset,
  lang,
  onPickCluster,
  onPickNode,
  onPickCity,
}: SharedAcrossClustersProps) {
  const items = useMemo(() => sharedAcrossClusters(dataset), [dataset]);
  const links = useMemo(() => clusterLinks(items), [items]);
  const [all, setAll] = useState(false);
  const headingId = useId();
  const t = (key: Parameters<typeof sharedText>[1]) => sharedText(lang, key);

  const clusterName = (id: string) => {
    const c = dataset.clusters.get(id)?.cluster;
    return c ? nameIn(lang, c.name) : id;
  };
  // Short zh city names (广州, not 广州市) as in the cluster × city matrix, so a row of buttons fits.
  const cityName = (code: string) => {
    const c = dataset.cities.get(code);
    if (!c) return code;
    return lang === 'en' ? c.name.en : c.name.zh.replace(/市$/, '');
  };
  const fullCityName = (code: string) => {
    const c = dataset.cities.get(code);
    return c ? nameIn(lang, c.name) : code;
  };

  const long = items.length > SHARED_FIRST || links.length > SHARED_FIRST;
  const rows = all ? items : items.slice(0, SHARED_FIRST);
  const pairs = all ? links : links.slice(0, SHARED_FIRST);

  const row = (item: SharedItem) => {
    const name = nameIn(lang, item.name);
    return (
      <tr key={`${item.kind}|${item.key}`} data-kind={item.kind}>
        <th scope="row">{name}</th>
        <td className="nowrap">{t(`kind.${item.kind}`)}</td>
        <td>
          {item.clusters.map(({ clusterId, recordId }, i) => (
            <Fragment key={clusterId}>
              {i > 0 && (lang === 'en' ? ', ' : '、')}
              <button
                key={clusterId}
                type="button"
                className="record-name-button"
                data-cluster={clusterId}
                aria-label={sharedFormat(lang, 'pick', { cluster: clusterName(clusterId), name })}
                onClick={() => {
                  onPickCluster(clusterId);
                  // Firms and chain nodes are both selectable records in their cluster (DetailsPane
                  // resolves either id), so the pick lands on the record, not just the cluster.
                  onPickNode(recordId);
                }}
              >
                {clusterName(clusterId)}
              </button>
            </Fragment>
          ))}
        </td>
        <td>
          {item.cities.length === 0 ? (
            <span className="muted">{t('noCity')}</span>
          ) : (
            item.cities.map((code, i) => (
              <Fragment key={code}>
                {i > 0 && (lang === 'en' ? ', ' : '、')}
                <button
                  key={code}
                  type="button"
                  className="record-name-button"
                  data-city={code}
                  aria-label={sharedFormat(lang, 'pickCity', { city: fullCityName(code) })}
                  onClick={() => onPickCity(code)}
                >
                  {cityName(code)}
                </button>
              </Fragment>
            ))
          )}
        </td>
      </tr>
    );
  };

  return (
    <section className="shared-across" data-testid="shared-across" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel-heading">
        {t('heading')}
      </h3>
      <p className="muted">{t('intro')}</p>
      {items.length === 0 ? (
        <p className="panel-empty">{t('none')}</p>
      ) : (
        <>
          <TableScroll label={t('caption')}>
            <table className="panel-table shared-table">
              <caption className="visually-hidden">{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colName')}</th>
                  <th scope="col">{t('colKind')}</th>
                  <th scope="col">{t('colClusters')}</th>
                  <th scope="col">{t('colCities')}</th>
                </tr>
              </thead>
              <tbody>{rows.map(row)}</tbody>
            </table>
          </TableScroll>
          <h4 className="panel-subheading">{t('pairs')}</h4>
          <ul className="panel-list shared-pairs" data-testid="shared-pairs">
            {pairs.map((p) => (
              <li key={`${p.a}|${p.b}`} data-pair={`${p.a}|${p.b}`}>
                {sharedFormat(lang, 'pair', { a: clusterName(p.a), b: clusterName(p.b) })}
                <span className="muted">
                  {lang === 'en' ? ': ' : '：'}
                  {sharedCounts(lang, p.firms, p.segments)}
                </span>
              </li>
            ))}
          </ul>
          {long && (
            <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
              {all
                ? sharedFormat(lang, 'showFewer', { n: SHARED_FIRST })
                : sharedFormat(lang, 'showAll', { n: items.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
