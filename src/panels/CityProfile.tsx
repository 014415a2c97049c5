/**
 * A city's own “五个一” view: how many clusters it takes part in and, for each, its role(s) and the
 * cluster's firms located there. Each cluster name is a button that switches to that cluster.
 */
import type { Localized } from '../data/schema.ts';
import { nameIn } from '../i18n/index.ts';
import type { CityProfileEntry } from './cityProfileEntries.ts';
import { EmptyState } from './common/EmptyState.tsx';
import type { Lang } from './common/types.ts';
import { joinList, panelFormat, panelText, roleLabel } from './strings.ts';

export { type CityProfileEntry, cityProfileEntries } from './cityProfileEntries.ts';

/** Firms named per cluster; the rest are counted (the cluster's own table lists them all). */
const FIRMS_LISTED = 30;

export interface CityProfileProps {
  city: { adcode: string; name: Localized; regionName: Localized };
  entries: readonly CityProfileEntry[];
  /** How many clusters the dataset has; when given, the count reads "N of M". */
  totalClusters?: number | undefined;
  lang: Lang;
  onPickCluster: (id: string) => void;
  onClose: () => void;
}

export function CityProfile({
  city,
  entries,
  totalClusters,
  lang,
  onPickCluster,
  onClose,
}: CityProfileProps) {
  const name = nameIn(lang, city.name);
  const count =
    totalClusters === undefined
      ? panelFormat(lang, 'city.count', { n: entries.length })
      : panelFormat(lang, 'city.countOf', { n: entries.length, total: totalClusters });
  return (
    <section className="city-profile" aria-label={`${panelText(lang, 'city.title')}: ${name}`}>
      <header className="panel-header">
        <h3 className="panel-heading">
          {name} <span className="muted">{nameIn(lang, city.regionName)}</span>
        </h3>
        <button type="button" className="panel-close" onClick={onClose} aria-label={panelText(lang, 'close')}>
          ×
        </button>
      </header>
      <p className="city-count" data-testid="city-count">
        {count}
      </p>
      {entries.length === 0 ? (
        <EmptyState kind="city" lang={lang} />
      ) : (
        <ul className="city-clusters">
          {entries.map(({ cluster, roles, firms }) => (
            <li key={cluster.id} data-cluster={cluster.id}>
              <button
                type="button"
                className="city-cluster-button"
                title={panelText(lang, 'city.pick')}
                onClick={() => onPickCluster(cluster.id)}
              >
                {nameIn(lang, cluster.name)}
              </button>{' '}
              <span className="muted">{panelText(lang, `clusterKind.${cluster.kind}`)}</span>
              <div className="city-roles">
                {roles.length === 0 ? (
                  <span className="muted">{panelText(lang, 'city.firmsOnly')}</span>
                ) : (
                  roles.map((r) => (
                    <span key={`${r.role}|${r.roleLabel?.zh ?? ''}`} className="role-chip" data-role={r.role}>
                      {roleLabel(lang, r.role, r.roleLabel)}
                    </span>
                  ))
                )}
              </div>
              {firms.length > 0 && (
                <p className="city-firms">
                  <span className="muted">{panelText(lang, 'city.firms')}: </span>
                  {joinList(
                    lang,
                    firms.slice(0, FIRMS_LISTED).map((f) =>
                      panelFormat(lang, 'city.firm', {
                        name: nameIn(lang, f.name),
                        tier: panelText(lang, `tier.${f.tier}`),
                      }),
                    ),
                  )}
                  {firms.length > FIRMS_LISTED &&
                    ` ${panelFormat(lang, 'city.moreFirms', { n: firms.length - FIRMS_LISTED })}`}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
