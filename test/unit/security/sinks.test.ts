// @vitest-environment node
/**
 * Text from data is text. This guard proves two things: the project's own lint step
 * (scripts/check-sinks.ts) passes, and a stricter scan of src/ finds no HTML or code sink — after
 * first proving, on planted strings in memory, that the scan catches every sink it claims to.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SINKS, scanSource, stripComments } from './sinkScan.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|tsx|js|mjs)$/.test(name) ? [full] : [];
  });
}

const PLANTED: [string, string][] = [
  ['el.innerHTML = name;', 'innerHTML'],
  ["el['innerHTML'] = name;", 'innerHTML'],
  ['node\n  .innerHTML += x', 'innerHTML'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: source text to scan, not a template
  ['el.outerHTML = `<b>${x}</b>`;', 'outerHTML assignment'],
  ["el.insertAdjacentHTML('beforeend', x);", 'insertAdjacentHTML'],
  ['<div dangerouslySetInnerHTML={{ __html: x }} />', 'dangerouslySetInnerHTML'],
  ['new Popup().setHTML(label).addTo(map);', 'setHTML (maplibre Popup / Sanitizer API)'],
  ['el.setHTML(x, { sanitizer });', 'setHTML (maplibre Popup / Sanitizer API)'],
  ["select('g').append('text').html(d => d.name);", 'd3 selection.html()'],
  ['sel.html (name)', 'd3 selection.html()'],
  ['document.write(x);', 'document.write'],
  ['document.writeln(x);', 'document.write'],
  [
    'new maplibregl.AttributionControl({ customAttribution: x });',
    'maplibre customAttribution (rendered as HTML)',
  ],
  ['range.createContextualFragment(x);', 'createContextualFragment'],
  ['iframe.srcdoc = x;', 'iframe srcdoc'],
  ["const f = new Function('return ' + x);", 'new Function'],
  ['eval(x);', 'eval'],
];

describe('HTML sink guard', () => {
  it.each(PLANTED)('catches a planted %s', (code, what) => {
    const found = scanSource(`const a = 1;\n${code}\n`);
    expect(found.map((f) => f.what)).toContain(what);
    expect(found[0]?.line).toBe(2 + (code.match(/\n/g)?.length ?? 0));
  });

  it('covers every sink it lists', () => {
    const caught = new Set(PLANTED.flatMap(([code]) => scanSource(code).map((f) => f.what)));
    expect([...caught].sort()).toEqual(SINKS.map(([, what]) => what).sort());
  });

  it('ignores comments, look-alikes and reading outerHTML', () => {
    const clean = [
      '// never use el.innerHTML here',
      '/* d3 .html() assigns innerHTML;\n   use .text() */',
      'el.textContent = name;',
      "sel.text(d => d.name).attr('title', x);",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text to scan, not a template
      'const html = `${a}`; // html( in a comment',
      'if (el.outerHTML === before) return;',
      'const medieval = retrieval(x);',
      "const url = 'https://example.org//path'; el.textContent = url;",
      'const re = /["\']/; el.textContent = x;',
    ].join('\n');
    expect(scanSource(clean)).toEqual([]);
  });

  it('keeps line numbers through block comments', () => {
    expect(stripComments('/* a\nb */x').split('\n')).toHaveLength(2);
    expect(scanSource('/*\n\n*/\nel.innerHTML = 1')[0]?.line).toBe(4);
  });

  it('finds no sink in src/', () => {
    const findings = walk(join(ROOT, 'src')).flatMap((file) =>
      scanSource(readFileSync(file, 'utf8')).map(
        (f) => `${relative(ROOT, file)}:${f.line}: ${f.what}: ${f.text.slice(0, 100)}`,
      ),
    );
    expect(findings).toEqual([]);
  });

  it('the lint step scripts/check-sinks.ts passes', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'check-sinks.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr + r.stdout).toContain('check-sinks: ok');
    expect(r.status).toBe(0);
  });
});
