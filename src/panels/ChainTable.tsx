/**
 * The accessible twin of the chain diagram: the same graph as lists by stage (上游 → 中游 → 下游), one
 * row per node with kind, status and cities, in sync with the selection. Arrow keys move between rows,
 * Enter/Space selects. A text summary above it gives screen readers the shape of the chain.
 */
import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { Stage, type Status } from '../data/schema.ts';
import { type Lang, nameIn } from '../i18n/index.ts';
import type { ChainViewGraph, ChainViewNode } from '../model/chainGraph.ts';

const STAGES: (Stage | 'none')[] = [...Stage.options, 'none'];

const TEXT = {
  zh: {
    upstream: '上游',
    midstream: '中游',
    downstream: '下游',
    none: '未分段',
    strong: '锻长板',
    weak: '补短板',
    missing: '补链',
    extension: '延链',
    kind: {
      segment: '环节',
      product: '产品',
      technology: '技术',
      enterprise: '企业',
      institution: '机构',
      platform: '平台',
      project: '项目',
      policy: '政策',
    },
    caption: '产业链列表（与图同步）',
    name: '名称',
    kindCol: '类型',
    status: '链条状态',
    cities: '所在城市',
    unverified: '未核实',
  },
  en: {
    upstream: 'Upstream',
    midstream: 'Midstream',
    downstream: 'Downstream',
    none: 'Not staged',
    strong: 'Strength (锻长板)',
    weak: 'Weak link (补短板)',
    missing: 'Missing link (补链)',
    extension: 'Extension (延链)',
    kind: {
      segment: 'Segment',
      product: 'Product',
      technology: 'Technology',
      enterprise: 'Enterprise',
      institution: 'Institution',
      platform: 'Platform',
      project: 'Project',
      policy: 'Policy',
    },
    caption: 'The chain as a list (in sync with the diagram)',
    name: 'Name',
    kindCol: 'Kind',
    status: 'Status',
    cities: 'Cities',
    unverified: 'unverified',
  },
} as const;

function chainSummary(graph: ChainViewGraph, clusterName: string, lang: Lang): string {
  const t = TEXT[lang];
  const count = (stage: Stage) =>
    graph.nodes.filter((n) => n.stage === stage && n.kind !== 'enterprise').length;
  const status = (s: Status) => graph.nodes.filter((n) => n.status === s).length;
  const firms = graph.nodes.filter((n) => n.kind === 'enterprise').length;
  if (lang === 'zh')
    return `${clusterName}产业链：上游 ${count('upstream')} 项、中游 ${count('midstream')} 项、下游 ${count('downstream')} 项，图中企业 ${firms} 家；${t.strong} ${status('strong')} 项，${t.weak} ${status('weak')} 项，${t.missing} ${status('missing')} 项，${t.extension} ${status('extension')} 项。`;
  return `${clusterName} chain: ${count('upstream')} upstream, ${count('midstream')} midstream and ${count('downstream')} downstream items; ${firms} firms in the diagram; ${status('strong')} strengths, ${status('weak')} weak links, ${status('missing')} missing links, ${status('extension')} extensions.`;
}

export function ChainTable(props: {
  graph: ChainViewGraph;
  clusterName: string;
  selectedId: string | null;
  emphasisIds: ReadonlySet<string> | null;
  lang: Lang;
  cityName(adcode: string): string;
  onSelect(id: string): void;
}) {
  const { graph, selectedId, emphasisIds, lang, cityName, onSelect } = props;
  const t = TEXT[lang];
  const rowsRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(
    () =>
      STAGES.map((stage) => ({
        stage,
        nodes: graph.nodes
          .filter((n) => (stage === 'none' ? !n.stage : n.stage === stage))
          .sort((a, b) => b.importance - a.importance || a.name.zh.localeCompare(b.name.zh, 'zh')),
      })).filter((g) => g.nodes.length > 0),
    [graph],
  );
  const order = useMemo(() => groups.flatMap((g) => g.nodes.map((n) => n.id)), [groups]);

  // Keep the selected row in view when the selection comes from the diagram or the map.
  useEffect(() => {
    if (!selectedId) return;
    const row = rowsRef.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(selectedId)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, id: string) => {
    const i = order.indexOf(id);
    let next: string | undefined;
    if (e.key === 'ArrowDown') next = order[i + 1];
    else if (e.key === 'ArrowUp') next = order[i - 1];
    else if (e.key === 'Home') next = order[0];
    else if (e.key === 'End') next = order[order.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
      return;
    } else return;
    e.preventDefault();
    if (next) rowsRef.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(next)}"]`)?.focus();
  };

  const focusable = selectedId && order.includes(selectedId) ? selectedId : order[0];
  const row = (n: ChainViewNode) => (
    <tr
      key={n.id}
      data-node-id={n.id}
      tabIndex={n.id === focusable ? 0 : -1}
      aria-selected={n.id === selectedId}
      className={`chain-row${emphasisIds && !emphasisIds.has(n.id) ? ' is-dimmed' : ''}`}
      onClick={() => onSelect(n.id)}
      onKeyDown={(e) => onKeyDown(e, n.id)}
    >
      <th scope="row">
        {nameIn(lang, n.name)}
        {!n.verified && <span className="badge badge-unverified">{t.unverified}</span>}
      </th>
      <td>{t.kind[n.kind]}</td>
      <td>{n.status ? t[n.status] : '—'}</td>
      <td>{n.cities.map(cityName).join('、') || '—'}</td>
    </tr>
  );

  return (
    <div className="chain-table" ref={rowsRef}>
      <p className="chain-summary" data-testid="chain-summary">
        {chainSummary(graph, props.clusterName, lang)}
      </p>
      {groups.map((g) => (
        <table key={g.stage} className="chain-stage-table">
          <caption>{t[g.stage]}</caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.kindCol}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.cities}</th>
            </tr>
          </thead>
          <tbody>{g.nodes.map(row)}</tbody>
        </table>
      ))}
    </div>
  );
}
