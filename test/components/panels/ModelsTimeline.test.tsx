import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChainModel } from '../../../src/data/schema.ts';
import { datePeriod, ModelsTimeline } from '../../../src/panels/ModelsTimeline.tsx';

const model = (id: string, zh: string, en: string, date: string): ChainModel => ({
  id,
  place: { zh, en },
  level: 'province',
  date,
  name: { zh: `${zh}方案`, en: `${en} plan` },
  summary: { zh: '测试' },
  elements: [],
  sources: ['src-test-article'],
});

// Shuffled, with the three precisions the schema allows and two dates in one month.
const MODELS = [
  model('m-gd', '广东省', 'Guangdong', '2021-04-02'),
  model('m-zj', '浙江省', 'Zhejiang', '2019-08'),
  model('m-cs', '长沙市', 'Changsha', '2017-11-23'),
  model('m-sd2', '山东省', 'Shandong', '2021'),
  model('m-sz', '深圳市', 'Shenzhen', '2020-07'),
  model('m-sd', '山东省', 'Shandong', '2020-07-02'),
];

describe('ModelsTimeline', () => {
  it('has a list twin in date order', () => {
    render(<ModelsTimeline models={MODELS} lang="zh" />);
    const items = within(screen.getByTestId('models-timeline-list')).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-id'))).toEqual([
      'm-cs',
      'm-zj',
      'm-sz',
      'm-sd',
      'm-sd2',
      'm-gd',
    ]);
    expect(items[1]).toHaveTextContent('2019-08 浙江省：浙江省方案');
  });

  it('draws one tick per model with the date exactly as given; the list twin speaks for them', () => {
    render(<ModelsTimeline models={MODELS} lang="zh" />);
    const svg = screen.getByTestId('models-timeline').querySelector('svg') as SVGSVGElement;
    expect(svg.querySelector('title')).toHaveTextContent('各地链长制推行时间线');
    const ticks = svg.querySelectorAll('[data-id]');
    expect(ticks).toHaveLength(MODELS.length);
    for (const tick of ticks) expect(tick).toHaveAttribute('aria-hidden', 'true');
    const zj = svg.querySelector('[data-id="m-zj"]') as Element;
    expect(zj.querySelector('title')).toHaveTextContent('浙江省：浙江省方案 · 2019-08');
    // No day is invented for a month- or year-only date.
    expect(within(zj as HTMLElement).getByText('2019-08')).toBeInTheDocument();
    expect(
      within(svg.querySelector('[data-id="m-sd2"]') as HTMLElement).getByText('2021'),
    ).toBeInTheDocument();
    expect(within(zj as HTMLElement).getByText('浙江')).toBeInTheDocument();
  });

  it('spans the years of the data and staggers labels that would overlap', () => {
    render(<ModelsTimeline models={MODELS} lang="en" />);
    const svg = screen.getByTestId('models-timeline').querySelector('svg') as SVGSVGElement;
    expect(svg.querySelector('title')).toHaveTextContent('Timeline of chain-leader systems elsewhere');
    const years = [...svg.querySelectorAll('[data-part="axis"] text')].map((t) => t.textContent);
    expect(years).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
    // 深圳 2020-07 and 山东 2020-07-02 sit on the same spot: their labels must not share a line.
    const y = (id: string) => svg.querySelector(`[data-id="${id}"] text`)?.getAttribute('y');
    expect(y('m-sz')).not.toBe(y('m-sd'));
  });

  it('gives each date the whole period it names', () => {
    expect(datePeriod('2021')).toEqual({ from: 2021, to: 2022 });
    const m = datePeriod('2019-08');
    expect(m.from).toBeCloseTo(2019 + 212 / 365);
    expect(m.to).toBeCloseTo(2019 + 243 / 365);
    const d = datePeriod('2020-01-01');
    expect(d).toEqual({ from: 2020, to: 2020 });
  });

  it('renders nothing without models', () => {
    const { container } = render(<ModelsTimeline models={[]} lang="zh" />);
    expect(container).toBeEmptyDOMElement();
  });
});
