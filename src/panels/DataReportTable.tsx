/**
 * 数据完整度: per cluster, how many records of each kind the dataset holds, the share backed by a
 * source that is more than our own judgement, the share editorial and unverified, and which 五个一
 * lists are still empty — the same completeness the templates show, across all clusters at once
 * (`npm run data:report` prints the same table). A cluster's name picks it.
 */
import { useId, useMemo, useState } from 'react';
import type { Dataset } from '../data/normalize.ts';
import { dataReport, type FiveOnesList } from '../datalint/report.ts';
import { TableScroll } from './common/TableScroll.tsx';
import type { Lang } from './common/types.ts';
import { formatNumber, panelText } from './strings.ts';

const T = {
  zh: {
    title: '数据完整度',
    lead: '各集群已收录的记录数，以及有来源支撑、仅编辑判断、未经核实的比例；“空缺”列出仍为空的五个一清单。',
    cluster: '集群',
    nodes: '链上节点',
    firms: '企业',
    projects: '项目',
    innovation: '创新载体',
    targets: '目标',
    sourced: '有来源',
    editorial: '编辑判断',
    unverified: '未核实',
    empty: '空缺',
    none: '无',
    total: '合计',
  },
  en: {
    title: 'Data completeness',
    lead: 'Records per cluster, and the shares backed by a source, editorial only, or unverified; "empty" lists the 五个一 lists still empty.',
    cluster: 'Cluster',
    nodes: 'nodes',
    firms: 'firms',
    projects: 'projects',
    innovation: 'innovation',
    targets: 'targets',
    sourced: 'sourced',
    editorial: 'editorial',
    unverified: 'unverified',
    empty: 'empty',
    none: 'none',
    total: 'Total',
  },
} as const;

const LIST_KEY: Record<FiveOnesList, Parameters<typeof panelText>[1]> = {
  enterprises: 'tab.enterprises',
  projects: 'tab.projects',
  innovation: 'tab.innovation',
  policies: 'tab.policies',
  consulting: 'tab.consulting',
};

export function DataReportTable(props: { dataset: Dataset; lang: Lang; onPickCluster(id: string): void }) {
  const { dataset, lang } = props;
  const t = T[lang];
  const titleId = useId();
  // Counted only when opened: a dataset with half a million firms would otherwise cost the overview a
  // long task on every load.
  const [open, setOpen] = useState(false);
  const report = useMemo(
    () =>
      open
        ? dataReport(
            [...dataset.clusters.values()].map((e) => e.cluster),
            [...dataset.sources.values()],
          )
        : null,
    [dataset, open],
  );
  const pct = (x: number) => `${formatNumber(lang, Math.round(x * 100))}%`;
  const n = (x: number) => formatNumber(lang, x);
  const name = (id: string) => {
    const c = dataset.clusters.get(id)?.cluster;
    return c ? (lang === 'en' ? c.name.en : c.name.zh) : id;
  };
  return (
    <details
      className="data-report"
      data-testid="data-report"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <h3 id={titleId} className="panel-heading data-report-title">
          {t.title}
        </h3>
      </summary>
      <p className="muted">{t.lead}</p>
      {report && (
        <TableScroll label={t.title}>
          <table className="panel-table">
            <thead>
              <tr>
                {[
                  t.cluster,
                  t.nodes,
                  t.firms,
                  t.projects,
                  t.innovation,
                  t.targets,
                  t.sourced,
                  t.editorial,
                  t.unverified,
                  t.empty,
                ].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.clusters.map((c) => (
                <tr key={c.id} data-cluster={c.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="record-name-button"
                      onClick={() => props.onPickCluster(c.id)}
                    >
                      {name(c.id)}
                    </button>
                  </th>
                  <td>{n(c.nodesTotal)}</td>
                  <td>{n(c.firms)}</td>
                  <td>{n(c.projects)}</td>
                  <td>{n(c.innovation)}</td>
                  <td>{n(c.targets)}</td>
                  <td>{pct(c.sourced)}</td>
                  <td>{pct(c.editorial)}</td>
                  <td>{pct(c.unverified)}</td>
                  <td>
                    {c.emptyFiveOnes.length
                      ? c.emptyFiveOnes
                          .map((l) => panelText(lang, LIST_KEY[l]))
                          .join(lang === 'en' ? ', ' : '、')
                      : t.none}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.total}</th>
                <td>{n(report.totals.nodesTotal)}</td>
                <td>{n(report.totals.firms)}</td>
                <td>{n(report.totals.projects)}</td>
                <td>{n(report.totals.innovation)}</td>
                <td>{n(report.totals.targets)}</td>
                <td>{pct(report.totals.sourced)}</td>
                <td>{pct(report.totals.editorial)}</td>
                <td>{pct(report.totals.unverified)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
    </details>
  );
}
