/** Figure layout, text wrapping, source selection and file names: the pure parts of the export. */
import { describe, expect, it } from 'vitest';
import { figureTexts, type Item, slots } from '../../../src/export/displayList.ts';
import { fileName } from '../../../src/export/download.ts';
import { isoDay } from '../../../src/export/figureInput.ts';
import { FIGURE_LAYOUTS, LAYOUT_SIZE, layoutFigure } from '../../../src/export/layout.ts';
import { viewSourceIds } from '../../../src/export/sources.ts';
import { estimateWidth, wrapText } from '../../../src/export/text.ts';
import { collectSourceIds } from '../../../src/panels/common/collectSourceIds.ts';
import { bundled, figureFor } from './helpers.ts';

function texts(items: readonly Item[]): { text: string; y: number; size: number }[] {
  return items.flatMap((it) =>
    it.t === 'text'
      ? [{ text: it.text, y: it.y, size: it.size }]
      : it.t === 'group'
        ? texts(it.items).map((t) => ({ ...t, y: t.y + it.y }))
        : [],
  );
}

describe('wrapText', () => {
  it('breaks Chinese anywhere and keeps every line within the width', () => {
    const text = '广东省人民政府关于培育发展战略性支柱产业集群和战略性新兴产业集群的意见'.repeat(3);
    const lines = wrapText(text, 300, 12);
    expect(lines.join('')).toBe(text);
    for (const l of lines) expect(estimateWidth(l, 12)).toBeLessThanOrEqual(300);
  });

  it('breaks a long link after a separator, and cuts with an ellipsis past maxLines', () => {
    const url =
      'https://example.test/briefings/chainatlas/?c=petrochem&n=seg-refining&m=113.2,23.1,6.2&d=1,2,3';
    const lines = wrapText(url, 260, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
    expect(lines[0]).toMatch(/[/?&=,]$/);
    const cut = wrapText('字'.repeat(200), 120, 12, { maxLines: 2, ellipsis: '…（共 9 项）' });
    expect(cut).toHaveLength(2);
    expect(cut[1]).toMatch(/…（共 9 项）$/);
    expect(estimateWidth(cut[1] ?? '', 12)).toBeLessThanOrEqual(120);
  });

  it('breaks English between words, inside a word only when it alone is too wide', () => {
    const width = estimateWidth('Offshore wind p', 12);
    expect(wrapText('Offshore wind power equipment', width, 12)).toEqual([
      'Offshore wind',
      'power',
      'equipment',
    ]);
    // The space lies before the line's last third: still the place to break.
    expect(wrapText('Wind offshore', estimateWidth('Wind offsh', 12), 12)).toEqual(['Wind', 'offshore']);
    expect(wrapText('Supercalifragilistic', estimateWidth('Supercal', 12), 12).length).toBeGreaterThan(1);
  });
});

describe('layoutFigure', () => {
  it('keeps every part inside the page, the parts above the legends and the footer last', () => {
    const input = figureFor({ cluster: 'petrochem', node: 'seg-refining', city: '440900' });
    for (const layout of FIGURE_LAYOUTS) {
      const fig = layoutFigure(input, layout);
      const { width, height } = LAYOUT_SIZE[layout];
      expect([fig.width, fig.height]).toEqual([width, height]);
      const parts = slots(fig.items);
      expect(parts.map((s) => s.part)).toEqual(
        layout === 'slide' || layout === 'a4' ? ['map', 'chain'] : [layout],
      );
      const all = texts(fig.items);
      const footerTop = Math.min(
        ...all
          .filter((t) => t.text.startsWith('导出日期') || t.text.startsWith('来源'))
          .map((t) => t.y - t.size),
      );
      for (const s of parts) {
        expect(s.x).toBeGreaterThanOrEqual(0);
        expect(s.x + s.w).toBeLessThanOrEqual(width);
        expect(s.y + s.h).toBeLessThan(footerTop);
      }
      for (const t of all) expect(t.y).toBeLessThanOrEqual(height);
      expect(all.map((t) => t.text)).toContain('绿色石化');
      expect(all.some((t) => t.text.includes('城市：茂名市'))).toBe(true);
    }
  });

  it('lists the text each weight draws, so fonts load before painting', () => {
    const byWeight = figureTexts(layoutFigure(figureFor({ cluster: 'new-energy' }), 'slide').items);
    expect(byWeight.get(700)).toContain('新能源');
    expect(byWeight.get(400)?.some((t) => t.includes('示意图'))).toBe(true);
  });

  it('names the 审图号 instead of the schematic note when the dataset has one', () => {
    const { dataset } = bundled();
    const meta = dataset.meta.geo;
    if (!meta) throw new Error('no geo');
    const withReview = {
      ...dataset,
      meta: {
        ...dataset.meta,
        geo: { ...meta, note: { zh: '标准地图', en: 'Standard map' }, reviewNumber: 'GS(2024)0650号' },
      },
    };
    const input = figureFor({ cluster: 'petrochem' }, withReview);
    expect(input.mapCredit).toContain('审图号 GS(2024)0650号');
    expect(input.mapCredit).not.toContain('示意图');
  });
});

describe('sources, dates and file names', () => {
  it('cites the cluster record first, and only sources of what the view draws', () => {
    const { dataset } = bundled();
    const cluster = dataset.clusters.get('petrochem')?.cluster;
    if (!cluster) throw new Error('no petrochem');
    const ids = viewSourceIds(cluster, new Set());
    expect(ids.slice(0, cluster.sources.length)).toEqual(cluster.sources);
    const everything = new Set(collectSourceIds(cluster));
    for (const id of ids) expect(everything.has(id)).toBe(true);
    const input = figureFor({ cluster: 'petrochem' });
    expect(input.sources[0]?.text).toMatch(/^\[1\] .+（.+）$/);
  });

  it('formats the local day and a safe file name', () => {
    expect(isoDay(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
    expect(fileName('petrochem', '2026-11-27', 'png')).toBe('chainatlas-petrochem-2026-11-27.png');
    expect(fileName('../../evil', '2026-11-27', 'svg')).toBe('chainatlas-evil-2026-11-27.svg');
  });
});
