/** Text of the embed layout and the Embed dialog, in both languages. */
import type { Lang } from '../../i18n/index.ts';

const zh = {
  open: '在链图中打开',
  openTitle: '在新窗口打开完整的链图，显示同一视图',
  embed: '嵌入',
  embedTitle: '把当前视图嵌入到网页或简报中',
  dialogTitle: '嵌入当前视图',
  show: '显示',
  showBoth: '地图和链图',
  showMap: '仅地图',
  showChain: '仅链图',
  height: '初始高度（像素）',
  iframeCode: 'iframe 代码',
  hostCode: '自动调整高度（放在宿主网页中，可选）',
  copy: '复制',
  copied: '已复制',
  copyFailed: '无法自动复制，请手动选择文本复制',
  close: '关闭',
  sandboxHint:
    'sandbox 属性可以保留：链图需要 allow-scripts 和 allow-same-origin（链图与您的网页不同源，二者同时开启是安全的）；allow-popups 用于“在链图中打开”。若链图与宿主网页同源，请不要同时使用这两项。',
  headersHint:
    '若要限制哪些网站可以嵌入链图，请在服务器上设置 Content-Security-Policy: frame-ancestors（见 public/_headers）。',
  fileHint: '这个链图是从本地文件打开的：嵌入代码只对部署在网站上的链图有效。',
  loading: '正在加载…',
  pickCluster: '链接未指定产业集群：请在完整版中选择。',
  dataFailed: '数据无法加载',
};

const en: typeof zh = {
  open: 'Open in ChainAtlas',
  openTitle: 'Open the full ChainAtlas in a new window, on the same view',
  embed: 'Embed',
  embedTitle: 'Embed the current view in a web page or briefing',
  dialogTitle: 'Embed the current view',
  show: 'Show',
  showBoth: 'Map and diagram',
  showMap: 'Map only',
  showChain: 'Diagram only',
  height: 'Initial height (px)',
  iframeCode: 'iframe code',
  hostCode: 'Automatic height (put in the host page; optional)',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy automatically; select the text and copy it',
  close: 'Close',
  sandboxHint:
    'You may keep the sandbox attribute: ChainAtlas needs allow-scripts and allow-same-origin (safe together because ChainAtlas is on another origin than your page); allow-popups is for "Open in ChainAtlas". If ChainAtlas were on the same origin as the host page, do not combine the two.',
  headersHint:
    'To limit which sites may embed ChainAtlas, send Content-Security-Policy: frame-ancestors from the server (see public/_headers).',
  fileHint:
    'This ChainAtlas was opened from a local file: embed code only works for ChainAtlas on a web site.',
  loading: 'Loading…',
  pickCluster: 'This link names no cluster: pick one in the full app.',
  dataFailed: 'The data could not be loaded',
};

export type EmbedKey = keyof typeof zh;

export function embedText(lang: Lang, key: EmbedKey): string {
  return (lang === 'en' ? en : zh)[key];
}
