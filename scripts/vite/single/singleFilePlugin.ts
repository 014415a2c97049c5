/**
 * The single-file build (vite.single.config.ts, `npm run build:single`): one HTML file that opens by
 * double-click, offline. vite-plugin-singlefile (2.3, Vite 8 aware: it turns code splitting off and
 * inlines the JS and CSS) does the bundling; this plugin does the rest:
 * - the page starts at runtime/entry.ts, which installs the inlined-file fetch before the app;
 * - the app's own workers are inlined (inlineWorkers.ts); maplibre's worker, imported with `?url`,
 *   becomes a data: URL under vite-plugin-singlefile's "inline every asset" setting;
 * - the CSS fonts become data: URLs, the data block goes in (escaped: inlineJson.ts), a strict CSP
 *   with script/style hashes goes in front, and the build fails if anything external is left.
 */
import { join } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { INLINED_DATA_ID } from '../../../src/data/inlined.ts';
import { buildBundle } from './bundleData.ts';
import {
  externalReferences,
  inlineBodies,
  inlineCssFonts,
  insertBeforeBodyEnd,
  withSingleFileCsp,
} from './inlineHtml.ts';
import { jsonScriptBlock } from './inlineJson.ts';
import { inlineWorkerConstructions } from './inlineWorkers.ts';

export interface SingleFileOptions {
  root: string;
  /** Name of the one output file. */
  fileName: string;
}

export function singleFilePlugin({ root, fileName }: SingleFileOptions): Plugin[] {
  const srcDir = join(root, 'src');
  // 'pre': transform before Vite's worker plugin sees
  // `new URL(…, import.meta.url)` and emits the worker as a separate file.
  const seams: Plugin = {
    name: 'chainatlas-single-file-seams',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(srcDir) || !code.includes('new Worker(')) return null;
      const out = inlineWorkerConstructions(code);
      return out === null ? null : { code: out, map: null };
    },
  };
  const page: Plugin = {
    name: 'chainatlas-single-file',
    enforce: 'post',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes('src="/src/main.tsx"'))
          throw new Error('index.html no longer starts /src/main.tsx');
        return html.replace('src="/src/main.tsx"', 'src="/scripts/vite/single/runtime/entry.ts"');
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const built = bundle['index.html'] as Rolldown.OutputAsset | undefined;
        if (!built || typeof built.source !== 'string')
          throw new Error('single file: no index.html in the bundle');
        const data = buildBundle(join(root, 'data'), join(root, 'public', 'fonts'));

        let html = built.source;
        const fonts = inlineCssFonts(html, data.assets);
        if (fonts.count === 0) throw new Error('single file: found no font URL in the CSS to inline');
        html = insertBeforeBodyEnd(fonts.html, jsonScriptBlock(INLINED_DATA_ID, data));
        // `<!--` in a script's text can make the HTML parser run past its end tag (script data escaped
        // state); vite-plugin-singlefile rewrites it in the code, this makes sure.
        for (const s of inlineBodies(html, 'script'))
          if (s.body.includes('<!--')) throw new Error('single file: an inline script contains "<!--"');
        html = withSingleFileCsp(html);

        const external = externalReferences(html);
        if (external.length)
          throw new Error(`single file: still refers outside itself: ${external.join(', ')}`);
        // Anything vite-plugin-singlefile left beside the page would be missing when the file is
        // copied on its own: that is a build error, not a file to ship.
        const left = Object.keys(bundle).filter((name) => name !== 'index.html');
        if (left.length) throw new Error(`single file: not inlined: ${left.join(', ')}`);
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName, source: html });
      },
    },
  };
  return [seams, page];
}
