/**
 * Strings of the export dialog and the copy-link button. Every Chinese character here must be in
 * the subset font (test/unit/fonts.test.ts): words were chosen from characters it already has.
 */
import type { Lang } from '../../i18n/index.ts';

const zh = {
  'actions.label': '导出与分享',
  'export.open': '导出…',
  'export.title': '导出当前视图',
  'export.format': '格式',
  'format.png': 'PNG 图片',
  'format.svg': 'SVG（可缩放）',
  'format.print': '打印',
  'export.layout': '版式',
  'layout.slide': '16:9（PPT 页面）',
  'layout.a4': 'A4 横向',
  'layout.map': '仅地图',
  'layout.chain': '仅产业链图',
  'export.scale': '图片放大',
  'export.pixels': '{w} × {h} 像素',
  'export.svgNote': 'SVG 内嵌字体（约 0.4 MB），在任何电脑上显示一致。',
  'export.printNote': '打印 A4 横向：地图、产业链图、图例、来源；第二页为组织推进与来源列表。',
  'export.run': '导出',
  'export.runPrint': '打印',
  'export.busy': '正在生成…',
  'export.done': '已下载：{name}',
  'export.error': '导出出错：{message}',
  'export.close': '关闭',
  'link.copy': '复制链接',
  'link.copied': '链接已复制',
  'link.manual': '请手动复制下面的链接（Ctrl+C）：',
  'link.label': '本视图的链接',
} as const;

export type ExportKey = keyof typeof zh;

const en: Record<ExportKey, string> = {
  'actions.label': 'Export and share',
  'export.open': 'Export…',
  'export.title': 'Export this view',
  'export.format': 'Format',
  'format.png': 'PNG image',
  'format.svg': 'SVG (scalable)',
  'format.print': 'Print',
  'export.layout': 'Layout',
  'layout.slide': '16:9 slide',
  'layout.a4': 'A4 landscape',
  'layout.map': 'Map only',
  'layout.chain': 'Chain diagram only',
  'export.scale': 'Scale',
  'export.pixels': '{w} × {h} px',
  'export.svgNote': 'The SVG embeds its fonts (about 0.4 MB), so it looks the same on every computer.',
  'export.printNote':
    'Prints A4 landscape: map, diagram, legends, sources; page 2 has governance and the source list.',
  'export.run': 'Export',
  'export.runPrint': 'Print',
  'export.busy': 'Preparing…',
  'export.done': 'Downloaded: {name}',
  'export.error': 'Export failed: {message}',
  'export.close': 'Close',
  'link.copy': 'Copy link',
  'link.copied': 'Link copied',
  'link.manual': 'Copy the link below by hand (Ctrl+C):',
  'link.label': 'Link to this view',
};

const DICT: Record<Lang, Record<ExportKey, string>> = { zh, en };

export function exportText(lang: Lang, key: ExportKey, vars: Record<string, string | number> = {}): string {
  return DICT[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
