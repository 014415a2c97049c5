/**
 * Visual vocabulary of the chain diagram, shared by the canvas renderer, the SVG renderer and the
 * legend. Every distinction is made twice — by shape/line pattern AND by colour — so it survives
 * greyscale printing and colour-blindness (kinds: shape; status: outline pattern/glyph; links: dash).
 */
import { type LinkKind, NodeKind, type Stage, Status, type Tier } from '../data/schema.ts';
import { KIND_SHAPE, type ShapeName } from './shapes.ts';
import { chainStrings, type Lang } from './strings.ts';

/** 引入 candidates are drawn as dashed outlines; gap rings sit outside the 锻长板 ring (graph units). */
export const GHOST_DASH: readonly number[] = [2, 1.5];
export const GAP_DASH: readonly number[] = [3, 2];
export const GAP_RING = 4.5;

export interface ChainTheme {
  background: string;
  text: string;
  textMuted: string;
  /** Outline behind label text so it stays legible over links. */
  halo: string;
  lane: Record<Stage, string>;
  laneLabel: string;
  kind: Record<NodeKind, { fill: string; stroke: string }>;
  link: Record<LinkKind, string>;
  selection: string;
  hover: string;
  /** Ring of a node the gap analysis ranks (补链/补短板). */
  gap: string;
  /** Fill of the chain-leader (链主) crown. */
  crown: string;
  /** Opacity of nodes outside the emphasis/focus set. */
  dimAlpha: number;
  fontFamily: string;
}

export const FONT_FAMILY = '"ChainAtlas Sans", sans-serif';

export const lightTheme: ChainTheme = {
  background: '#ffffff',
  text: '#1f2937',
  textMuted: '#6b7280',
  halo: 'rgba(255,255,255,0.92)',
  lane: { upstream: '#eef5fb', midstream: '#f1f7ee', downstream: '#fbf4ec' },
  laneLabel: '#6b7280',
  kind: {
    segment: { fill: '#0b6fb8', stroke: '#074a7a' },
    product: { fill: '#1a9e77', stroke: '#0f6b50' },
    technology: { fill: '#8e5bb5', stroke: '#603b7e' },
    enterprise: { fill: '#e08a00', stroke: '#965c00' },
    institution: { fill: '#d1495b', stroke: '#8f2f3c' },
    platform: { fill: '#2aa5c7', stroke: '#1b6f86' },
    project: { fill: '#c9a100', stroke: '#806600' },
    policy: { fill: '#7b8494', stroke: '#4b5261' },
  },
  link: {
    supplies: '#4b5563',
    part_of: '#b9c0ca',
    enables: '#7c5ca3',
    located_in: '#8a94a6',
    applies_to: '#8a94a6',
    supports: '#8a94a6',
  },
  selection: '#e11d48',
  hover: '#f59e0b',
  gap: '#9f1239',
  crown: '#f2b705',
  dimAlpha: 0.14,
  fontFamily: FONT_FAMILY,
};

export const darkTheme: ChainTheme = {
  ...lightTheme,
  background: '#111827',
  text: '#e5e7eb',
  textMuted: '#9ca3af',
  halo: 'rgba(17,24,39,0.92)',
  lane: { upstream: '#15212f', midstream: '#17241b', downstream: '#2a2117' },
  laneLabel: '#9ca3af',
  link: { ...lightTheme.link, supplies: '#9ca3af', part_of: '#4b5563' },
  dimAlpha: 0.18,
};

export interface LinkStyle {
  /** Dash pattern in screen px; [] = solid. */
  dash: number[];
  width: number;
  arrow: boolean;
}
export const LINK_STYLE: Record<LinkKind, LinkStyle> = {
  supplies: { dash: [], width: 1.2, arrow: true },
  part_of: { dash: [], width: 0.6, arrow: false },
  enables: { dash: [5, 3], width: 1, arrow: true },
  located_in: { dash: [1.5, 2.5], width: 1, arrow: false },
  applies_to: { dash: [1.5, 2.5], width: 1, arrow: false },
  supports: { dash: [1.5, 2.5], width: 1, arrow: false },
};

export interface StatusStyle {
  /** Outline dash; [] = solid. */
  dash: number[];
  width: number;
  /** 锻长板: a second ring outside the outline. */
  double: boolean;
  /** 补链: drawn hollow (background fill) — the link does not exist yet. */
  hollow: boolean;
  glyph: string | null;
  /** 延链: outward arrow tick. */
  tick: boolean;
}
export const STATUS_STYLE: Record<Status, StatusStyle> = {
  strong: { dash: [], width: 2.2, double: true, hollow: false, glyph: null, tick: false },
  weak: { dash: [3, 2], width: 1.6, double: false, hollow: false, glyph: null, tick: false },
  missing: { dash: [1, 2], width: 1.6, double: false, hollow: true, glyph: '?', tick: false },
  extension: { dash: [], width: 1, double: false, hollow: false, glyph: null, tick: true },
};

// ------------------------------------------------------------------ legend (pure, reused by export)
export type LegendIcon =
  | {
      type: 'node';
      kind: NodeKind;
      shape: ShapeName;
      fill: string;
      stroke: string;
      status?: Status;
      tier?: Tier;
      /** Ringed as a gap (补链 list). */
      gap?: boolean;
      /** A 对接 candidate, drawn as a dashed ghost. */
      candidate?: boolean;
    }
  | { type: 'link'; kind: LinkKind; color: string; style: LinkStyle };
export interface LegendItem {
  id: string;
  label: string;
  icon: LegendIcon;
}
export interface LegendGroup {
  id: 'kinds' | 'status' | 'marks' | 'tiers' | 'links';
  title: string;
  items: LegendItem[];
}

// The legend lists kinds and statuses in the schema's order.
const KINDS = NodeKind.options;
const STATUSES = Status.options;
const LINKS: LinkKind[] = ['supplies', 'part_of', 'enables', 'located_in', 'applies_to', 'supports'];

export function legendData(theme: ChainTheme, lang: Lang): LegendGroup[] {
  const s = chainStrings(lang);
  const node = (
    kind: NodeKind,
    extra: { status?: Status; tier?: Tier; gap?: boolean; candidate?: boolean } = {},
  ): LegendIcon => ({
    type: 'node',
    kind,
    shape: KIND_SHAPE[kind],
    ...theme.kind[kind],
    ...extra,
  });
  return [
    {
      id: 'kinds',
      title: s.legendKinds,
      items: KINDS.map((k) => ({ id: k, label: s.kind[k], icon: node(k) })),
    },
    {
      id: 'status',
      title: s.legendStatus,
      items: STATUSES.map((st) => ({ id: st, label: s.status[st], icon: node('segment', { status: st }) })),
    },
    {
      id: 'marks',
      title: s.legendMarks,
      items: [
        { id: 'gap', label: s.markGap, icon: node('segment', { gap: true }) },
        { id: 'candidate', label: s.markCandidate, icon: node('enterprise', { candidate: true }) },
      ],
    },
    {
      id: 'tiers',
      title: s.legendTiers,
      items: (['chain-leader', 'leading'] as const).map((t) => ({
        id: t,
        label: s.tier[t],
        icon: node('enterprise', { tier: t }),
      })),
    },
    {
      id: 'links',
      title: s.legendLinks,
      // located_in / applies_to / supports share one dotted style: one legend row for the three.
      items: LINKS.filter((k) => k !== 'applies_to' && k !== 'supports').map((k) => ({
        id: k,
        label:
          k === 'located_in'
            ? [s.link.located_in, s.link.applies_to, s.link.supports].join(' / ')
            : s.link[k],
        icon: { type: 'link', kind: k, color: theme.link[k], style: LINK_STYLE[k] },
      })),
    },
  ];
}
