import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/data/normalize.ts';
import { Source } from '../../../src/data/schema.ts';
import { dataReport, formatReportTable } from '../../../src/datalint/report.ts';
import { bundled, SOURCES, sampleCluster } from './helpers.ts';

const sources = SOURCES.map((s) => Source.parse(s));

describe('dataReport', () => {
  const c = sampleCluster((x) => {
    x.chain.nodes.push(
      {
        id: 'prod-b',
        kind: 'product',
        name: { zh: '乙', en: 'B' },
        stageEditorial: true,
        sources: ['src-plan'],
      },
      {
        id: 'tech-c',
        kind: 'technology',
        name: { zh: '丙', en: 'C' },
        sources: ['src-note'],
        verified: false,
      },
    );
    x.fiveOnes.enterprises = [
      { id: 'ent-a', name: { zh: '甲', en: 'A' }, tier: 'other', sources: ['src-no-url'] },
    ];
    x.targets = [
      {
        id: 't-a',
        metric: { zh: '营收', en: 'Revenue' },
        value: 1,
        unit: '亿元',
        year: 2025,
        kind: 'target',
        sources: ['src-plan'],
      },
    ];
  });
  const r = dataReport([c], sources);
  const row = r.clusters[0];

  it('counts records by kind and the empty 五个一 lists', () => {
    expect(row?.nodes).toMatchObject({ segment: 1, product: 1, technology: 1, enterprise: 0 });
    expect(row).toMatchObject({ nodesTotal: 3, firms: 1, projects: 0, policies: 0, targets: 1 });
    expect(row?.emptyFiveOnes).toEqual(['projects', 'innovation', 'policies', 'consulting']);
  });

  it('shares: sourced by non-editorial sources, editorial, unverified', () => {
    // records: cluster, chief chain leader, 3 nodes, 1 firm, 1 target = 7
    expect(row?.records).toBe(7);
    expect(row?.sourcedRecords).toBe(6); // all but the node citing only src-note
    expect(row?.editorialRecords).toBe(2); // stageEditorial + editorial-only
    expect(row?.unverifiedRecords).toBe(1);
    expect(row?.sourced).toBe(0.857);
    expect(r.totals).toMatchObject({ clusters: 1, records: 7, firms: 1 });
  });

  it('prints a table with one row per cluster and a total', () => {
    const lines = formatReportTable(r).split('\n');
    expect(lines[0]).toMatch(/^cluster\s+nodes/);
    expect(lines.find((l) => l.startsWith('sample'))).toContain('85.7%');
    expect(lines.at(-1)).toMatch(/^total \(1\)/);
  });

  it('agrees with normalize on the bundled data', () => {
    const { dataset } = bundled();
    const report = dataReport(dataset.clusters, dataset.sources);
    const inClusters = normalize(dataset).records.filter((x) => x.clusterId !== null);
    expect(report.totals.clusters).toBe(20);
    expect(report.totals.records).toBe(inClusters.length);
    expect(report.totals.editorialRecords).toBe(inClusters.filter((x) => x.editorial).length);
    expect(report.totals.unverifiedRecords).toBe(inClusters.filter((x) => !x.verified).length);
  });
});
