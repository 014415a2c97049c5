// @vitest-environment node
/**
 * The subset fonts in public/fonts/ must cover every character the app can show (data/ and the
 * non-comment text of src/), or Chinese renders as tofu on machines with no CJK font (the test
 * browser has none). The CSS, the maplibre `font-faces` and the build script must agree on ranges.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { CJK_RANGE, fontFilePath, LATIN_RANGE } from '../../src/map/fontFaces';

const ROOT = join(__dirname, '../..');
const FONTS = join(ROOT, 'public/fonts');
const RERUN = 'run npm run data:fonts';
// Same rule as scripts/build-fonts.mjs: invisible/format characters need no glyph.
const IGNORABLE = /^(?:\p{Cc}|\p{Cf}|\p{Zl}|\p{Zp}|\p{Variation_Selector})$/u;

function walk(dir: string, exts: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return walk(p, exts);
    return exts.some((e) => name.endsWith(e)) ? [p] : [];
  });
}

function addChars(set: Set<string>, text: string): void {
  for (const ch of text) if ((ch.codePointAt(0) ?? 0) > 126 && !IGNORABLE.test(ch)) set.add(ch);
}

function addJsonStrings(set: Set<string>, value: unknown): void {
  if (typeof value === 'string') addChars(set, value);
  else if (Array.isArray(value)) for (const v of value) addJsonStrings(set, v);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      addChars(set, k);
      addJsonStrings(set, v);
    }
}

/** Source text minus comments (never rendered); a file that does not parse counts whole. */
function renderableText(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return text.replace(/\/\*[\s\S]*?\*\//g, '');
  const { comments, errors } = parseSync(file, text, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (errors.length) return text;
  let kept = '';
  let at = 0;
  for (const c of comments) {
    kept += text.slice(at, c.start);
    at = c.end;
  }
  return kept + text.slice(at);
}

function usedCharacters(): Set<string> {
  const used = new Set<string>();
  for (const file of walk(join(ROOT, 'data'), ['.json', '.geojson'])) {
    const text = readFileSync(file, 'utf8');
    addChars(used, text);
    addJsonStrings(used, JSON.parse(text));
  }
  for (const file of walk(join(ROOT, 'src'), ['.ts', '.tsx', '.css'])) addChars(used, renderableText(file));
  return used;
}

/** charset.txt lines: "U+4E2D 中 cjk". */
function readCharset(): Map<number, string> {
  const covered = new Map<number, string>();
  for (const line of readFileSync(join(FONTS, 'charset.txt'), 'utf8').split('\n')) {
    const m = /^U\+([0-9A-F]{4,6}) .+ (latin|cjk)$/u.exec(line);
    if (m?.[1] && m[2]) covered.set(Number.parseInt(m[1], 16), m[2]);
  }
  return covered;
}

function inRanges(cp: number, ranges: readonly string[]): boolean {
  return ranges.some((r) => {
    const [a = '', b = a] = r.slice(2).split('-');
    return cp >= Number.parseInt(a, 16) && cp <= Number.parseInt(b, 16);
  });
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('subset fonts', () => {
  it('cover every character used in data/ and src/', () => {
    const covered = readCharset();
    const missing = [...usedCharacters()].filter((ch) => !covered.has(ch.codePointAt(0) ?? -1)).sort();
    const list = missing.map((ch) => `${ch} ${hex(ch.codePointAt(0) ?? 0)}`).join(', ');
    expect(missing, `characters not in public/fonts/charset.txt: ${list}; ${RERUN}`).toEqual([]);
  });

  it('list each covered character under a face whose unicode-range holds it', () => {
    const covered = readCharset();
    expect(covered.size).toBeGreaterThan(95 + 300);
    const wrong = [...covered]
      .filter(([cp, face]) => !inRanges(cp, face === 'cjk' ? CJK_RANGE : LATIN_RANGE))
      .map(([cp, face]) => `${hex(cp)} (${face})`);
    expect(wrong, `the ranges in scripts/build-fonts.mjs and src/map/fontFaces.ts differ; ${RERUN}`).toEqual(
      [],
    );
  });

  it('ship every referenced woff2 file, each under 400 KB', () => {
    for (const face of ['latin', 'cjk'] as const)
      for (const weight of [400, 700] as const) {
        const file = join(ROOT, 'public', fontFilePath(face, weight));
        expect(existsSync(file), `${file} is missing; ${RERUN}`).toBe(true);
        const bytes = readFileSync(file);
        expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
        expect(bytes.length).toBeLessThan(400 * 1024);
      }
    expect(readFileSync(join(FONTS, 'LICENSE-OFL.txt'), 'utf8')).toContain('SIL Open Font License');
  });

  it('declare the same files and ranges in fonts.css as for the map', () => {
    const css = readFileSync(join(ROOT, 'src/app/fonts.css'), 'utf8');
    const rules = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1] ?? '');
    expect(rules).toHaveLength(4);
    for (const rule of rules) {
      const url = /url\(["']?\/(fonts\/chainatlas-(latin|cjk)-(400|700)\.woff2)["']?\)/.exec(rule);
      expect(url, rule).not.toBeNull();
      expect(rule).toContain(`font-weight: ${url?.[3]}`);
      const ranges = /unicode-range:([^;]*);/
        .exec(rule)?.[1]
        ?.split(',')
        .map((r) => r.trim());
      expect(ranges).toEqual(url?.[2] === 'cjk' ? CJK_RANGE : LATIN_RANGE);
    }
  });
});
