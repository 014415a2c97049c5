/**
 * The map legend. Overview: the cluster-count ramp (swatches from countFill, so legend and map cannot
 * drift). Cluster view: a swatch per city role present. Both end with the belt line and base marker.
 * Every swatch has a text label; colour is never the only cue.
 */
import type { CityRole } from '../data/schema.ts';
import { MAP_COLORS } from '../map/palette.ts';
import { ABSENT_FILL, countFill, ROLE_FILLS, ROLE_ORDER } from '../model/mapModel.ts';
import type { Lang } from './common/types.ts';
import { formatNumber, panelText, roleLabel } from './strings.ts';

export interface MapLegendProps {
  mode: 'count' | 'roles';
  /** Highest cluster count of any city (count mode). */
  max?: number | undefined;
  /** Roles shown in the current cluster (roles mode); all roles when omitted. */
  rolesPresent?: readonly CityRole[] | undefined;
  /** Belts and bases are drawn only for a chosen cluster, so by default only roles mode lists them. */
  showBelts?: boolean | undefined;
  lang: Lang;
}

interface Item {
  fill: string;
  label: string;
}

/** Consecutive counts that share a ramp colour form one legend step, e.g. "4–6". */
export function countSteps(max: number, lang: Lang): Item[] {
  const steps: Item[] = [{ fill: ABSENT_FILL, label: panelText(lang, 'legend.none') }];
  let from = 1;
  for (let n = 1; n <= max; n++) {
    const fill = countFill(n, max);
    if (n === max || countFill(n + 1, max) !== fill) {
      const label =
        from === n ? formatNumber(lang, n) : `${formatNumber(lang, from)}–${formatNumber(lang, n)}`;
      steps.push({ fill, label });
      from = n + 1;
    }
  }
  return steps;
}

function Swatches({ items }: { items: Item[] }) {
  return (
    <ul className="legend-items">
      {items.map((item) => (
        <li key={item.label}>
          <span className="legend-swatch" style={{ background: item.fill }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

export function MapLegend({
  mode,
  max = 0,
  rolesPresent,
  showBelts = mode === 'roles',
  lang,
}: MapLegendProps) {
  const present = new Set(rolesPresent ?? ROLE_ORDER);
  const items =
    mode === 'count'
      ? countSteps(Math.max(0, Math.floor(max)), lang)
      : [
          ...ROLE_ORDER.filter((r) => present.has(r)).map((r) => ({
            fill: ROLE_FILLS[r],
            label: roleLabel(lang, r),
          })),
          { fill: ABSENT_FILL, label: panelText(lang, 'legend.absent') },
        ];
  return (
    <section className="map-legend" aria-label={panelText(lang, 'legend.title')}>
      <h4 className="legend-title">{panelText(lang, mode === 'count' ? 'legend.count' : 'legend.roles')}</h4>
      <Swatches items={items} />
      {showBelts && (
        <ul className="legend-items legend-belts">
          <li>
            <span className="legend-line" style={{ borderTopColor: MAP_COLORS.belt }} aria-hidden="true" />
            {panelText(lang, 'legend.belt')}
          </li>
          <li>
            <span className="legend-ring" style={{ borderColor: MAP_COLORS.belt }} aria-hidden="true" />
            {panelText(lang, 'legend.base')}
          </li>
        </ul>
      )}
    </section>
  );
}
