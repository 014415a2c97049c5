/**
 * The notes shown instead of the app where it cannot run, in both languages at once (the page may not
 * get far enough to know which one the reader wants). Shared by the React shell and by the small
 * classic script the build adds to the page (scripts/vite/bootNotePlugin.ts), which shows them when
 * the app's module scripts themselves are refused, so the two can never say different things.
 */
export interface Note {
  lang: 'zh-CN' | 'en';
  title: string;
  body: string;
  /** Shown as code: what to put in the host page. */
  fix: string;
}

/** The iframe `sandbox` value the app works with (allow-same-origin is safe: the app is another origin). */
export const WORKING_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export const SANDBOX_NOTES: readonly Note[] = [
  {
    lang: 'zh-CN',
    title: '此嵌入方式需要 allow-same-origin 才能读取数据',
    body: '嵌入链图的 iframe 设置了 sandbox 但没有 allow-same-origin，浏览器因此拒绝链图读取自己的脚本、数据和地图组件。请把 sandbox 属性改为下面的值，或去掉 sandbox 属性：',
    fix: `sandbox="${WORKING_SANDBOX}"`,
  },
  {
    lang: 'en',
    title: 'This embed needs allow-same-origin to read its data',
    body: "The iframe embedding ChainAtlas is sandboxed without allow-same-origin, so the browser refuses the app's own scripts, data and map worker. Change its sandbox attribute to the value below, or remove it:",
    fix: `sandbox="${WORKING_SANDBOX}"`,
  },
];

export const FILE_NOTES: readonly Note[] = [
  {
    lang: 'zh-CN',
    title: '请通过网站服务器打开链图',
    body: '浏览器不允许从本地文件（file://）直接运行这个版本。请用网站服务器打开（例如 npm run preview），或使用可离线打开的单文件版：',
    fix: 'npm run build:single (dist-single/chainatlas.html)',
  },
  {
    lang: 'en',
    title: 'Open ChainAtlas through a web server',
    body: 'Browsers do not run this build from a local file (file://). Serve it (for example npm run preview), or use the single-file build, which opens from disk:',
    fix: 'npm run build:single (dist-single/chainatlas.html)',
  },
];
