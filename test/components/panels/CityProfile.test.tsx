import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CityProfile, cityProfileEntries } from '../../../src/panels/CityProfile.tsx';
import { makeCluster, richCluster } from '../../fixtures/panels/clusters.ts';

function clusters() {
  const petrochem = richCluster(); // pillar 2: 广州 and 湛江 as cities; firms in 广州, 湛江, 惠州, 深圳
  const semis = makeCluster('semiconductors', 'emerging', 1, '半导体与集成电路', 'Semiconductors');
  semis.cities = [{ adcode: '440300', role: 'innovation', sources: ['src-test-article'] }];
  const electronics = makeCluster('electronics', 'pillar', 1, '新一代电子信息', 'Electronics');
  electronics.cities = [
    { adcode: '440300', role: 'core', sources: ['src-test-article'] },
    { adcode: '440300', role: 'rnd', sources: ['src-test-article'] },
  ];
  const unrelated = makeCluster('agri-food', 'pillar', 10, '现代农业与食品', 'Agri-food');
  unrelated.cities = [{ adcode: '440800', role: 'member', sources: ['src-test-article'] }];
  return [semis, unrelated, petrochem, electronics];
}

describe('cityProfileEntries', () => {
  it('picks clusters naming the city or with firms there, pillar first then by order', () => {
    const entries = cityProfileEntries(clusters(), '440300');
    expect(entries.map((e) => e.cluster.id)).toEqual(['electronics', 'petrochem', 'semiconductors']);
    expect(entries[0]?.roles.map((r) => r.role)).toEqual(['core', 'rnd']);
    expect(entries[1]?.roles).toEqual([]);
    expect(entries[1]?.firms.map((f) => f.id)).toEqual(['ent-d']);
    expect(cityProfileEntries(clusters(), '445300')).toEqual([]);
  });
});

describe('CityProfile', () => {
  it('lists clusters with roles and firms, and switches cluster', () => {
    const onPick = vi.fn();
    const onClose = vi.fn();
    render(
      <CityProfile
        city={{
          adcode: '440800',
          name: { zh: '湛江市', en: 'Zhanjiang' },
          regionName: { zh: '沿海经济带西翼', en: 'West wing' },
        }}
        entries={cityProfileEntries(clusters(), '440800')}
        totalClusters={20}
        lang="zh"
        onPickCluster={onPick}
        onClose={onClose}
      />,
    );
    expect(screen.getByTestId('city-count')).toHaveTextContent('本市涉及 20 个集群中的 2 个');
    expect(screen.getByText('测试核心城市')).toBeInTheDocument(); // the source's own role wording wins
    expect(screen.getByText('成员')).toBeInTheDocument();
    expect(screen.getByText(/乙测试企业（其他）/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '绿色石化' }));
    expect(onPick).toHaveBeenCalledWith('petrochem');
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('is honest when the city has no clusters', () => {
    render(
      <CityProfile
        city={{
          adcode: '445300',
          name: { zh: '云浮市', en: 'Yunfu' },
          regionName: { zh: '北部生态发展区', en: 'North' },
        }}
        entries={[]}
        lang="en"
        onPickCluster={() => {}}
        onClose={() => {}}
      />,
    );
    expect(screen.getByTestId('city-count')).toHaveTextContent('0 clusters are present here');
    expect(screen.getByText(/No cluster in the data names this city/)).toBeInTheDocument();
  });

  it('names the first 30 firms of a cluster in the city and counts the rest', () => {
    const petrochem = richCluster();
    const base = petrochem.fiveOnes.enterprises[0] as (typeof petrochem.fiveOnes.enterprises)[number];
    petrochem.fiveOnes.enterprises = Array.from({ length: 1000 }, (_, i) => ({
      ...base,
      id: `bulk-${i}`,
      name: { zh: `批量企业${i}`, en: `Bulk ${i}` },
      cities: ['440800'],
    }));
    render(
      <CityProfile
        city={{
          adcode: '440800',
          name: { zh: '湛江市', en: 'Zhanjiang' },
          regionName: { zh: '西翼', en: 'West' },
        }}
        entries={cityProfileEntries([petrochem], '440800')}
        lang="zh"
        onPickCluster={() => {}}
        onClose={() => {}}
      />,
    );
    const text = document.querySelector('.city-firms')?.textContent ?? '';
    expect(text).toContain('批量企业29');
    expect(text).not.toContain('批量企业30（');
    expect(text).toMatch(/等另外 970 家$/);
  });
});
