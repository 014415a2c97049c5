/**
 * The overview's linked view: 20 clusters × 21 cities, each cell coloured by the city's strongest role
 * in that cluster (as on the map), with the role in text for screen readers and a title on hover.
 * A row header picks the cluster, a column header picks the city: both drive the map and the panels.
 */
import type { City } from '../data/schema.ts';
import { type Lang, nameIn } from '../i18n/index.ts';
import { type ClusterOverview, ROLE_FILLS, strongestRole } from '../model/mapModel.ts';
import { roleLabel } from './strings.ts';

const TEXT = {
  zh: { caption: '集群 × 城市：城市在各集群中的角色', cluster: '集群', none: '未涉及' },
  en: {
    caption: 'Clusters × cities: the role of each city in each cluster',
    cluster: 'Cluster',
    none: 'not named',
  },
} as const;

export function ClusterCityMatrix(props: {
  clusters: readonly ClusterOverview[];
  cities: readonly City[];
  selectedCity: string | null;
  lang: Lang;
  onPickCluster(id: string): void;
  onPickCity(adcode: string): void;
}) {
  const { clusters, cities, selectedCity, lang } = props;
  const t = TEXT[lang];
  const name = (n: { zh: string; en?: string }) => nameIn(lang, n);
  const short = (c: City) => (lang === 'en' ? c.name.en : c.name.zh.replace(/市$/, ''));
  return (
    <div className="matrix-scroll" data-testid="cluster-city-matrix">
      <table className="matrix">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.cluster}</th>
            {cities.map((c) => (
              <th
                key={c.adcode}
                scope="col"
                className={c.adcode === selectedCity ? 'is-selected' : undefined}
              >
                <button
                  type="button"
                  className="matrix-city"
                  aria-pressed={c.adcode === selectedCity}
                  onClick={() => props.onPickCity(c.adcode)}
                >
                  {short(c)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {clusters.map((cl) => (
            <tr key={cl.id}>
              <th scope="row">
                <button type="button" className="matrix-cluster" onClick={() => props.onPickCluster(cl.id)}>
                  {name(cl.name)}
                </button>
              </th>
              {cities.map((c) => {
                const role = strongestRole(cl, c.adcode);
                const label = role ? roleLabel(lang, role) : t.none;
                return (
                  <td
                    key={c.adcode}
                    title={`${name(cl.name)} · ${name(c.name)}: ${label}`}
                    style={role ? { background: ROLE_FILLS[role] } : undefined}
                    className={role ? 'has-role' : undefined}
                  >
                    <span className="visually-hidden">{label}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
