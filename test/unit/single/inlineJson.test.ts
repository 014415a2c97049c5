/**
 * Data inlined into the single file cannot break out of its <script> element (the Our World in Data
 * bug): whatever the strings hold, the HTML parser sees one inert block, and JSON.parse gets the exact
 * value back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeJsonForHtml, jsonScriptBlock } from '../../../scripts/vite/single/inlineJson.ts';
import { INLINED_DATA_ID, readInlinedBundle } from '../../../src/data/inlined.ts';

const BREAKOUT = '</script><script>alert(1)</script>';

/** Parses a whole page the way a browser does and returns its scripts. */
function scriptsOf(html: string): HTMLScriptElement[] {
  return [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('script')];
}

describe('escapeJsonForHtml', () => {
  it('round-trips a string that tries to close the script and open another', () => {
    const value = { files: { 'data/x.json': BREAKOUT }, note: `<!-- ${BREAKOUT} -->` };
    const escaped = escapeJsonForHtml(JSON.stringify(value));
    expect(escaped).not.toMatch(/[<>&]/);
    expect(JSON.parse(escaped)).toEqual(value);
  });

  it('cannot break out of its element: the page keeps one script, holding all of the data', () => {
    const value = {
      version: 1,
      files: { 'data/x.json': BREAKOUT, 'data/y.json': '</SCRIPT >\u2028\u2029' },
      assets: {},
    };
    const page = `<!doctype html><html><head></head><body>${jsonScriptBlock(INLINED_DATA_ID, value)}</body></html>`;
    const scripts = scriptsOf(page);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.type).toBe('application/json');
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(value);
    // And the app's reader gets exactly those strings back.
    const doc = new DOMParser().parseFromString(page, 'text/html');
    expect(readInlinedBundle(doc)?.files['data/x.json']).toBe(BREAKOUT);
  });

  it('the unescaped form would have broken out (the test can tell)', () => {
    const naive = `<script type="application/json">${JSON.stringify({ s: BREAKOUT })}</script>`;
    expect(scriptsOf(`<!doctype html><body>${naive}</body>`)).toHaveLength(2);
  });

  it('escapes U+2028 and U+2029 (line terminators in older JavaScript)', () => {
    const escaped = escapeJsonForHtml(JSON.stringify('a\u2028b\u2029c'));
    expect(escaped).toBe('"a\\u2028b\\u2029c"');
    expect(JSON.parse(escaped)).toBe('a\u2028b\u2029c');
  });

  it('keeps any JSON value intact and inert (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'grapheme' }), (value, s) => {
        const doc = { value, s: `${s}</script>${s}` };
        const escaped = escapeJsonForHtml(JSON.stringify(doc));
        expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(escaped)).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts only plain ids for the element', () => {
    expect(() => jsonScriptBlock('x" onload="', {})).toThrow(/bad element id/);
  });
});
