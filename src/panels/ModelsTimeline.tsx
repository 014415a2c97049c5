/**
 * When the chain-leader systems elsewhere were adopted, on one year axis: a tick per model, its place
 * and date staggered above the axis so neighbours never overlap, and an ordered list twin for screen
 * readers. Dates are printed exactly as the data gives them (2019-08 stays 2019-08): a day no source
 * states is never shown; an imprecise date is drawn as a band over its whole month or year.
 */
import type { ChainModel } from '../data/schema.ts';
import { nameIn } from '../i18n/index.ts';
import type { Lang } from './common/types.ts';

const TEXT = {
  zh: { label: '各地链长制推行时间线', list: '各地链长制推行时间（按时间先后）', sep: '：' },
  en: {
    label: 'Timeline of chain-leader systems elsewhere',
    list: 'Chain-leader systems by date',
    sep: ': ',
  },
} as const;

/** viewBox units; the SVG scales to its box, so these only fix proportions and text size. */
const WIDTH = 640;
const MARGIN_X = 16;
const FONT = 11;
const LANE_H = 30;
const LABEL_GAP = 6;
const AXIS_PAD = 12;
/** Labels get a halo of the panel's paper colour so a higher tick's leader line never runs through them. */
const LABEL = {
  textAnchor: 'middle',
  fill: 'currentColor',
  paintOrder: 'stroke',
  strokeWidth: 3,
  strokeLinejoin: 'round',
  style: { stroke: 'var(--paper, #fff)' },
} as const;

/** A date's period as fractional years: a day is a point, a month or a year its whole span. */
export function datePeriod(date: string): { from: number; to: number } {
  const [y = 0, m, d] = date.split('-').map(Number);
  const yearStart = Date.UTC(y, 0, 1);
  const yearLen = Date.UTC(y + 1, 0, 1) - yearStart;
  const at = (ms: number) => y + (ms - yearStart) / yearLen;
  if (m === undefined) return { from: y, to: y + 1 };
  if (d === undefined) return { from: at(Date.UTC(y, m - 1, 1)), to: at(Date.UTC(y, m, 1)) };
  const day = at(Date.UTC(y, m - 1, d));
  return { from: day, to: day };
}

/** Rough advance width: CJK glyphs are square, Latin ones about half as wide. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? FONT : FONT * 0.6;
  return w;
}

/** 长沙市 → 长沙, 浙江省 → 浙江: the axis is about places, and short labels stagger less. */
function shortPlace(lang: Lang, m: ChainModel): string {
  if (lang === 'en') return m.place.en;
  return m.place.zh.length > 2 ? m.place.zh.replace(/[省市]$/, '') : m.place.zh;
}

/** Oldest first; mixed-precision ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) sort correctly as strings. */
export function byDate(models: readonly ChainModel[]): ChainModel[] {
  return models.slice().sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

interface Placed {
  model: ChainModel;
  /** Tick position, and the band of an imprecise date. */
  x: number;
  x0: number;
  x1: number;
  /** Label centre (kept inside the box) and its lane, 0 nearest the axis. */
  lx: number;
  lane: number;
  place: string;
}

function layout(models: readonly ChainModel[], lang: Lang) {
  const periods = models.map((m) => datePeriod(m.date));
  const first = Math.floor(Math.min(...periods.map((p) => p.from)));
  // The axis runs to the end of the last year named, so a year-only date keeps its whole band.
  const last = Math.max(first + 1, Math.ceil(Math.max(...periods.map((p) => p.to))));
  const scale = (v: number) => MARGIN_X + ((v - first) / (last - first)) * (WIDTH - 2 * MARGIN_X);
  const laneEnds: number[] = [];
  const placed: Placed[] = models.map((model, i) => {
    const p = periods[i] ?? { from: first, to: first };
    const x = scale((p.from + p.to) / 2);
    const place = shortPlace(lang, model);
    const half = Math.max(textWidth(place), textWidth(model.date)) / 2;
    const lx = Math.min(Math.max(x, half + 1), WIDTH - half - 1);
    // Greedy lanes: the first lane whose last label ends before this one starts.
    let lane = laneEnds.findIndex((end) => end + LABEL_GAP <= lx - half);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = lx + half;
    return { model, x, x0: scale(p.from), x1: scale(p.to), lx, lane, place };
  });
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return { placed, lanes: Math.max(1, laneEnds.length), years, scale };
}

export function ModelsTimeline({ models, lang }: { models: readonly ChainModel[]; lang: Lang }) {
  if (models.length === 0) return null;
  const t = TEXT[lang];
  const sorted = byDate(models);
  const { placed, lanes, years, scale } = layout(sorted, lang);
  const axisY = AXIS_PAD + lanes * LANE_H + AXIS_PAD;
  const height = axisY + FONT * 2 + 6;
  const laneTop = (lane: number) => axisY - AXIS_PAD - (lane + 1) * LANE_H;
  const fullLabel = (m: ChainModel) => `${nameIn(lang, m.place)}${t.sep}${nameIn(lang, m.name)} · ${m.date}`;

  return (
    <figure className="models-timeline" data-testid="models-timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" className="models-timeline-svg" fontSize={FONT}>
        <title>{t.label}</title>
        {/* Axis, bands, leader lines and dots are decoration (the ticks' labels and the list twin
            carry every date), drawn first so every label sits on top of every line. A nested svg,
            since only an svg can be both hidden from screen readers and declared unfocusable. */}
        <svg aria-hidden="true" focusable="false" overflow="visible" data-part="axis">
          <line x1={MARGIN_X} x2={WIDTH - MARGIN_X} y1={axisY} y2={axisY} stroke="currentColor" />
          {years.map((y) => (
            <g key={y}>
              <line x1={scale(y)} x2={scale(y)} y1={axisY} y2={axisY + 5} stroke="currentColor" />
              <text x={scale(y)} y={axisY + 5 + FONT} textAnchor="middle" fill="currentColor" opacity={0.7}>
                {y}
              </text>
            </g>
          ))}
          {placed.map((p) => (
            <g key={p.model.id}>
              {p.x1 - p.x0 > 1 && (
                <rect
                  x={p.x0}
                  y={axisY - 3}
                  width={p.x1 - p.x0}
                  height={6}
                  fill="currentColor"
                  opacity={0.25}
                />
              )}
              <line
                x1={p.x}
                x2={p.x}
                y1={laneTop(p.lane) + LANE_H - 4}
                y2={axisY}
                stroke="currentColor"
                opacity={0.45}
              />
              <circle cx={p.x} cy={axisY} r={3} fill="currentColor" />
            </g>
          ))}
        </svg>
        {placed.map((p) => {
          const top = laneTop(p.lane);
          return (
            // Text for the eye only: screen readers get the same dates, in order, from the list twin
            // below (a labelled <g> without a role is not valid ARIA; a nested svg can be hidden and unfocusable).
            <svg
              key={p.model.id}
              data-id={p.model.id}
              className="models-timeline-tick"
              aria-hidden="true"
              focusable="false"
              overflow="visible"
            >
              <title>{fullLabel(p.model)}</title>
              <text x={p.lx} y={top + FONT} fontWeight={600} {...LABEL}>
                {p.place}
              </text>
              <text x={p.lx} y={top + 2 * FONT + 2} opacity={0.75} {...LABEL}>
                {p.model.date}
              </text>
            </svg>
          );
        })}
      </svg>
      <ol className="visually-hidden" data-testid="models-timeline-list" aria-label={t.list}>
        {sorted.map((m) => (
          <li key={m.id} data-id={m.id}>
            <time dateTime={m.date}>{m.date}</time> {nameIn(lang, m.place)}
            {t.sep}
            {nameIn(lang, m.name)}
          </li>
        ))}
      </ol>
    </figure>
  );
}
