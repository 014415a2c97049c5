/**
 * The data panel's words in both languages. Kept next to the component until the app's i18n module
 * takes them over. Functions build sentences with numbers or names in the right place for each language.
 */
export type DataPanelLang = 'zh' | 'en';

export interface DataPanelStrings {
  title: string;
  showingBundled: string;
  showingUser: string;
  userBadge: string;
  files: string;
  backToBundled: string;
  dropHere: string;
  choose: string;
  accepts: (limit: string) => string;
  reading: string;
  merging: string;
  cancel: string;
  problems: (n: number) => string;
  more: (n: number) => string;
  wholeFile: string;
  confirmTitle: (origin: string) => string;
  confirmBody: string;
  confirmAddress: string;
  load: string;
  dontLoad: string;
  savedImport: (file: string, day: string) => string;
  forgetImport: string;
  exportAs: (cluster: string) => string;
  exportJson: string;
  exportCsv: string;
}

export const DATA_PANEL_STRINGS: Record<DataPanelLang, DataPanelStrings> = {
  zh: {
    title: '数据',
    showingBundled: '正在显示内置数据',
    showingUser: '正在显示你加载的数据',
    userBadge: '用户数据',
    files: '文件',
    backToBundled: '恢复内置数据',
    dropHere: '把数据文件拖放到这里，或',
    choose: '选择文件…',
    accepts: (limit) =>
      `可加载：单文件数据集或集群文件（.json），企业名单（.csv，UTF-8 或 GBK 编码）；本部门的企业名录（.xlsx、.xls 或其他表头的 .csv）进入导入向导。每个文件不超过 ${limit}。`,
    reading: '正在读取文件',
    merging: '正在合并到当前数据',
    cancel: '取消',
    problems: (n) => `${n} 个问题`,
    more: (n) => `另有 ${n} 个问题未列出`,
    wholeFile: '（整个文件）',
    confirmTitle: (origin) => `要加载来自 ${origin} 的数据吗？`,
    confirmBody: '这些数据来自另一个网站，将显示在本页中。只加载你信任的来源。',
    confirmAddress: '地址',
    load: '加载',
    dontLoad: '不加载',
    savedImport: (file, day) => `本浏览器保存了导入的企业名录：${file}（${day}）。`,
    forgetImport: '忘记这份名录',
    exportAs: (cluster) => `把“${cluster}”（含你导入的企业）另存为：`,
    exportJson: '集群文件（JSON）',
    exportCsv: '企业名单（CSV）',
  },
  en: {
    title: 'Data',
    showingBundled: 'Showing the bundled data',
    showingUser: 'Showing data you loaded',
    userBadge: 'Your data',
    files: 'Files',
    backToBundled: 'Back to the bundled data',
    dropHere: 'Drop data files here, or',
    choose: 'Choose files…',
    accepts: (limit) =>
      `Accepted: a single-file dataset or cluster files (.json), enterprise lists (.csv, UTF-8 or GBK); your own enterprise list (.xlsx, .xls, or a .csv with other headers) opens the import wizard. Up to ${limit} per file.`,
    reading: 'Reading files',
    merging: 'Merging into the data shown',
    cancel: 'Cancel',
    problems: (n) => `${n} problem${n === 1 ? '' : 's'}`,
    more: (n) => `${n} more not shown`,
    wholeFile: '(whole file)',
    confirmTitle: (origin) => `Load data from ${origin}?`,
    confirmBody:
      'This data comes from another site and will be shown in this page. Only load data from sources you trust.',
    confirmAddress: 'Address',
    load: 'Load',
    dontLoad: "Don't load",
    savedImport: (file, day) => `This browser keeps an imported enterprise list: ${file} (${day}).`,
    forgetImport: 'Forget this list',
    exportAs: (cluster) => `Save “${cluster}” (with the firms you imported) as:`,
    exportJson: 'cluster file (JSON)',
    exportCsv: 'enterprise list (CSV)',
  },
};
