import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChainModel, Framework } from '../../../src/data/schema.ts';
import { Overview } from '../../../src/panels/Overview.tsx';
import { lookup, TWENTY } from '../../fixtures/panels/clusters.ts';

const item = (n: number) => ({ zh: `测试条目${n}`, en: `Test item ${n}` });
const framework: Framework = {
  launched: '2021-04-02',
  chiefChainLeader: { zh: '省长', en: 'Governor' },
  office: { zh: '测试办公室', en: 'Test office' },
  mechanisms: [item(1), item(2), item(3)],
  tasks: [item(4), item(5)],
  fiveOnes: [item(6), item(7), item(8), item(9), item(10)],
  sources: ['src-test-official'],
};
const models: ChainModel[] = [
  {
    id: 'model-b',
    place: { zh: '乙地', en: 'Place B' },
    level: 'city',
    date: '2019-08',
    name: { zh: '乙方案', en: 'Plan B' },
    summary: { zh: '测试' },
    elements: [item(11), item(12)],
    chains: 22,
    sources: ['src-test-article'],
  },
  {
    id: 'model-a',
    place: { zh: '甲地', en: 'Place A' },
    level: 'province',
    date: '2017-11-23',
    name: { zh: '甲方案', en: 'Plan A' },
    summary: { zh: '测试' },
    elements: [],
    sources: ['src-test-article'],
    verified: false,
  },
];

describe('Overview', () => {
  it('introduces the framework and lists models elsewhere, oldest first', () => {
    render(<Overview framework={framework} models={models} clusters={TWENTY} sources={lookup()} lang="zh" />);
    expect(screen.getByText('10 个战略性支柱产业集群、10 个战略性新兴产业集群')).toBeInTheDocument();
    expect(screen.getByText('测试办公室')).toBeInTheDocument();
    expect(screen.getByText('测试条目10')).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('甲地');
    expect(rows[0]).toHaveTextContent('未核实');
    expect(rows[1]).toHaveTextContent('测试条目11、测试条目12');
    expect(rows[1]).toHaveTextContent('22 条产业链');
  });

  it('shows empty states without a framework or models', () => {
    render(<Overview framework={null} models={[]} clusters={[]} sources={lookup()} lang="en" />);
    expect(screen.getByText(/chain-leader framework is not recorded yet/)).toBeInTheDocument();
    expect(screen.getByText(/No chain-leader systems elsewhere/)).toBeInTheDocument();
  });
});
