import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawDataset } from '../../../src/data/assemble.ts';
import { normalize } from '../../../src/data/normalize.ts';
import type { City, Cluster } from '../../../src/data/schema.ts';
import { SHARED_FIRST, SharedAcrossClusters } from '../../../src/panels/SharedAcrossClusters.tsx';
import { makeCluster } from '../../fixtures/panels/clusters.ts';

const S = ['src-test-article'];
const firm = (id: string, zh: string, cities: string[]) => ({
  id,
  name: { zh, en: `${zh} Co` },
  tier: 'leading' as const,
  cities,
  segments: [],
  sources: S,
});
const segment = (id: string, zh: string) => ({
  id,
  kind: 'segment' as const,
  name: { zh, en: `Segment ${zh}` },
  cities: [],
  sources: S,
});
const city = (adcode: string, zh: string, en: string): City => ({
  adcode,
  name: { zh, en },
  region: 'r',
  sources: S,
});

function dataset(clusters: Cluster[]) {
  const raw: RawDataset = {
    meta: {
      id: 't',
      name: { zh: '测试', en: 'Test' },
      province: { adcode: '440000', name: { zh: '广东省', en: 'Guangdong' } },
      geo: null,
    },
    manifest: null,
    sources: [],
    regions: [],
    cities: [city('440100', '广州市', 'Guangzhou'), city('440300', '深圳市', 'Shenzhen')],
    clusters,
    models: [],
    framework: null,
    at: { meta: 't', cities: 't', models: 't', framework: 't', sources: new Map(), clusters: new Map() },
  };
  return normalize(raw);
}

function small() {
  const a = makeCluster('automotive', 'pillar', 4, '汽车', 'Automotive');
  a.fiveOnes.enterprises = [firm('ent-byd', '比亚迪股份有限公司', ['440300'])];
  a.chain.nodes = [segment('seg-battery', '动力电池')];
  const b = makeCluster('new-energy', 'emerging', 6, '新能源', 'New energy');
  b.fiveOnes.enterprises = [firm('byd', '比亚迪', ['440100'])];
  b.chain.nodes = [segment('n-battery', '动力电池')];
  return dataset([a, b]);
}

function setup(ds = small(), lang: 'zh' | 'en' = 'zh') {
  const calls: string[] = [];
  const props = {
    onPickCluster: vi.fn((id: string) => calls.push(`cluster:${id}`)),
    onPickNode: vi.fn((id: string) => calls.push(`node:${id}`)),
    onPickCity: vi.fn((code: string) => calls.push(`city:${code}`)),
  };
  render(<SharedAcrossClusters dataset={ds} lang={lang} {...props} />);
  return { ...props, calls, section: screen.getByTestId('shared-across') };
}

describe('SharedAcrossClusters', () => {
  it('lists shared firms and segments under its heading', () => {
    const { section } = setup();
    expect(within(section).getByRole('heading', { name: '跨集群共享' })).toBeInTheDocument();
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['firm', 'segment']);
    expect(rows[0]).toHaveTextContent('比亚迪股份有限公司');
    expect(rows[0]).toHaveTextContent('企业');
    expect(within(section).getByTestId('shared-pairs')).toHaveTextContent(
      '汽车 — 新能源：1 家企业、1 个环节',
    );
  });

  it('opens the cluster, then the record in it', () => {
    const { calls, onPickNode } = setup();
    fireEvent.click(screen.getByRole('button', { name: '在“新能源”中查看“比亚迪股份有限公司”' }));
    expect(calls).toEqual(['cluster:new-energy', 'node:byd']);
    fireEvent.click(screen.getByRole('button', { name: '在“汽车”中查看“动力电池”' }));
    expect(calls.slice(2)).toEqual(['cluster:automotive', 'node:seg-battery']);
    expect(onPickNode).toHaveBeenCalledTimes(2);
  });

  it('selects a city from its button', () => {
    const { onPickCity, section } = setup();
    const firmRow = within(section).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(firmRow)
        .getAllByRole('button', { name: /^查看/ })
        .map((b) => b.textContent),
    ).toEqual(['广州', '深圳']);
    fireEvent.click(within(firmRow).getByRole('button', { name: '查看深圳市' }));
    expect(onPickCity).toHaveBeenCalledWith('440300');
  });

  it('speaks English', () => {
    setup(small(), 'en');
    expect(screen.getByRole('heading', { name: 'Shared across clusters' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show Segment 动力电池 in New energy' })).toBeInTheDocument();
    expect(screen.getByTestId('shared-pairs')).toHaveTextContent(
      'Automotive — New energy: 1 firm, 1 segment',
    );
  });

  it(`shows the first ${SHARED_FIRST} and the rest on request`, () => {
    const a = makeCluster('automotive', 'pillar', 4, '汽车', 'Automotive');
    const b = makeCluster('new-energy', 'emerging', 6, '新能源', 'New energy');
    const names = Array.from({ length: 20 }, (_, i) => `共享企业${String(i).padStart(2, '0')}`);
    a.fiveOnes.enterprises = names.map((n, i) => firm(`a-${i}`, n, []));
    b.fiveOnes.enterprises = names.map((n, i) => firm(`b-${i}`, n, []));
    const { section } = setup(dataset([a, b]));
    expect(within(section).getAllByRole('row')).toHaveLength(SHARED_FIRST + 1);
    expect(within(section).getAllByText('未载明')).toHaveLength(SHARED_FIRST);
    const toggle = within(section).getByRole('button', { name: '显示全部（20 项）' });
    fireEvent.click(toggle);
    expect(within(section).getAllByRole('row')).toHaveLength(21);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(toggle);
    expect(within(section).getAllByRole('row')).toHaveLength(SHARED_FIRST + 1);
  });

  it('says so when nothing is shared', () => {
    setup(dataset([makeCluster('petrochem', 'pillar', 2, '绿色石化', 'Petrochem')]));
    expect(screen.getByText('各集群之间未发现共享的企业或环节。')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
