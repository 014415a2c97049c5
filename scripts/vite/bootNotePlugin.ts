/**
 * Puts a tiny classic script in front of the app. Where the app's module scripts are refused, the page
 * would otherwise stay blank:
 * - an iframe sandboxed without allow-same-origin: the page's origin is opaque, module scripts and the
 *   stylesheet (both fetched in CORS mode) are refused by a host that sends no CORS headers;
 * - dist/index.html opened from disk (file://): same refusal.
 * A classic script without `crossorigin` is fetched in no-cors mode and still runs there, so it can
 * explain what to change (src/app/embedNotes.ts, the same text the React shell shows). It is an external
 * same-origin file, so `script-src 'self'` allows it; it styles through CSSOM (the stylesheet may not
 * have loaded), which style-src does not govern. It does nothing on a normal page. When the app does run
 * after all, React replaces #root's content.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { FILE_NOTES, type Note, SANDBOX_NOTES } from '../../src/app/embedNotes.ts';

/** The script's code; plain ES2017 so it runs before anything else is known about the browser. */
export function bootNoteScript(sandbox: readonly Note[], file: readonly Note[]): string {
  return `(function (sandbox, file) {
  'use strict';
  var proto = location.protocol;
  var opaque = self.origin === 'null';
  var notes = proto === 'file:' ? file : opaque && (proto === 'http:' || proto === 'https:') ? sandbox : null;
  if (!notes) return;
  function el(tag, text, css) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (css) e.style.cssText = css;
    return e;
  }
  function show() {
    var root = document.getElementById('root');
    if (!root || root.childElementCount > 0) return;
    var box = el('section', '', 'font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1f2937; padding: 12px 16px; max-width: 46em; overflow-wrap: anywhere;');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'embed-note');
    notes.forEach(function (n) {
      var part = el('div', '', 'margin-bottom: 12px;');
      part.lang = n.lang;
      part.appendChild(el('h2', n.title, 'font-size: 16px; margin: 0 0 4px; color: #b4232c;'));
      part.appendChild(el('p', n.body, 'margin: 0 0 4px;'));
      part.appendChild(el('code', n.fix, 'display: block; padding: 4px 8px; background: #f5f6f8; border: 1px solid #d8dce2; border-radius: 4px;'));
      box.appendChild(part);
    });
    root.appendChild(box);
    // The same data-free height message the app sends (src/app/embedHeight.ts), so a host sizes the frame.
    if (parent !== self) parent.postMessage({ type: 'chainatlas:height', height: Math.ceil(document.documentElement.getBoundingClientRect().height), version: 1 }, '*');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})(${JSON.stringify(sandbox)}, ${JSON.stringify(file)});
`;
}

export function bootNotePlugin(): Plugin {
  const source = bootNoteScript(SANDBOX_NOTES, FILE_NOTES);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  const fileName = `assets/boot-note-${hash}.js`;
  return {
    name: 'chainatlas-boot-note',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // A plain (classic) script: no type="module", no crossorigin — that is the whole point.
      // At the end of <head>: after the Content-Security-Policy <meta>, which must govern it.
      handler: (html) => {
        if (!html.includes('</head>')) throw new Error('index.html has no </head> for the boot note');
        return html.replace('</head>', `  <script defer src="./${fileName}"></script>\n  </head>`);
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
