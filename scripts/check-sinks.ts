/**
 * Lint guard for HTML sinks and layer boundaries that Biome cannot express. Text from data is text:
 * nothing in src/ may assign HTML or import a renderer outside its folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const SINKS: [RegExp, string][] = [
  [/\.innerHTML\b/, 'innerHTML'],
  [/\.outerHTML\s*=/, 'outerHTML assignment'],
  [/insertAdjacentHTML/, 'insertAdjacentHTML'],
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/\.setHTML\s*\(/, 'Popup.setHTML'],
  [/\.html\s*\(/, 'd3 selection.html()'],
  [/document\.write\s*\(/, 'document.write'],
  [/customAttribution/, 'maplibre customAttribution (rendered as HTML)'],
  [/\bnew Function\s*\(/, 'new Function (needs unsafe-eval)'],
  [/\beval\s*\(/, 'eval (needs unsafe-eval)'],
  [/createContextualFragment/, 'createContextualFragment'],
];
// Which folders may import which libraries (DESIGN: one owner per renderer and per state library).
const BOUNDARIES: [RegExp, (file: string) => boolean, string][] = [
  [/from ['"]maplibre-gl/, (f) => f.startsWith('src/map/'), 'maplibre-gl is imported only in src/map/'],
  [/from ['"]zustand/, (f) => f.startsWith('src/state/'), 'zustand is imported only in src/state/'],
  [
    /from ['"](react|react-dom)['"/]/,
    (f) => !/^src\/(data|model)\//.test(f) && !f.endsWith('layout.ts') && !f.endsWith('.worker.ts'),
    'pure data code (src/data, src/model, layout, workers) imports no React',
  ],
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const errors: string[] = [];
for (const full of walk(join(root, 'src'))) {
  const file = relative(root, full).split('\\').join('/');
  readFileSync(full, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '');
      for (const [re, what] of SINKS)
        if (re.test(code)) errors.push(`${file}:${i + 1}: forbidden HTML/code sink: ${what}`);
      for (const [re, allowed, rule] of BOUNDARIES)
        if (re.test(code) && !allowed(file)) errors.push(`${file}:${i + 1}: ${rule}`);
    });
}
if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`check-sinks: ${errors.length} problem(s)`);
  process.exit(1);
}
console.log('check-sinks: ok');
