import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/data/decode.ts';
import { locateJsonSyntaxError } from '../../../src/data/jsonSyntax.ts';
import { findTooDeep, parseJsonText } from '../../../src/data/jsonText.ts';
import { MAX_JSON_DEPTH } from '../../../src/data/limits.ts';
import { parseJsonBytes } from '../../../src/data/parseBytes.ts';
import { parseWith } from '../../../src/data/parseFile.ts';
import { Target } from '../../../src/data/schema.ts';
import { utf8 } from './helpers.ts';

function problemOf(result: { ok: boolean; problems?: unknown[] }) {
  expect(result.ok).toBe(false);
  const problems = (result as { problems: { where: string; message: string; fix: string; file: string }[] })
    .problems;
  expect(problems).toHaveLength(1);
  return problems[0] as { where: string; message: string; fix: string; file: string };
}

describe('JSON text', () => {
  it('reports a syntax error with its line and column', () => {
    const p = problemOf(parseJsonText('{\n  "a": 1\n  "b": 2\n}', 'x.json'));
    expect(p.file).toBe('x.json');
    expect(p.where).toBe('line 3, column 3');
    expect(p.message).toBe(
      'not valid JSON: expected "," or "}" after a value, found unexpected character """',
    );
    expect(p.fix).toMatch(/missing comma/);
  });

  it.each([
    ['{"a": 1,}', 'line 1, column 9', /trailing comma/],
    ["{'a': 1}", 'line 1, column 2', /single quotes/],
    ['{"a": 1} // note', 'line 1, column 10', /more text after/],
    ['{"a": "open', 'line 1, column 7', /never closed/],
    ['[1, 2', 'line 1, column 6', /ends before every/],
    ['{"a": NaN}', 'line 1, column 7', /expected a value/],
    ['{"a": "x\ny"}', 'line 1, column 9', /line break/],
  ])('locates %j', (text, where, message) => {
    const p = problemOf(parseJsonText(text, 'x.json'));
    expect(p.where).toBe(where);
    expect(p.message).toMatch(message);
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonSyntaxError(text)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonSyntaxError(text) === null).toBe(valid);
      }),
    );
  });

  it('refuses a depth bomb of 100,000 nested arrays with a problem, not a RangeError', () => {
    const bomb = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const p = problemOf(parseJsonText(bomb, 'bomb.json'));
    expect(p.message).toBe(`nested more than ${MAX_JSON_DEPTH} levels deep`);
    expect(p.where).toBe(`line 1, column ${MAX_JSON_DEPTH + 1}`);
  });

  it('accepts exactly the depth limit and ignores brackets inside strings', () => {
    const ok = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(parseJsonText(ok, 'x.json').ok).toBe(true);
    expect(findTooDeep(`["${'['.repeat(200)}", "\\"[[["]`)).toBe(-1);
  });

  it('reads a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":"广州"}')]);
    const parsed = parseJsonBytes(bytes, 'bom.json');
    expect(parsed).toEqual({ ok: true, value: { a: '广州' } });
    expect(parseJsonText('\uFEFF{"a":1}', 'bom.json')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says when a file is empty: 0 bytes or only whitespace', () => {
    expect(problemOf(parseJsonBytes(new Uint8Array(), 'e.json')).message).toBe('the file is empty (0 bytes)');
    expect(problemOf(parseJsonText(' \n ', 'e.json')).message).toBe('the file is empty');
  });

  it('recognises an HTML page served in place of JSON (an SPA fallback)', () => {
    const p = problemOf(
      parseJsonText('\n<!DOCTYPE html>\n<html><head><title>App</title></head></html>', 'x.json'),
    );
    expect(p.message).toBe('this is an HTML web page, not JSON data');
    expect(p.fix).toMatch(/page not found/);
  });

  it('refuses binary files, naming spreadsheets', () => {
    expect(
      problemOf(parseJsonBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'a.json')).message,
    ).toMatch(/Excel workbook/);
    expect(problemOf(parseJsonBytes(new Uint8Array([0x7b, 0x00, 0x01, 0x7d]), 'a.json')).message).toMatch(
      /binary file/,
    );
  });

  it('requires UTF-8 for JSON and says where the bad byte is', () => {
    const bytes = new Uint8Array([...utf8('{"a":"'), 0xb9, 0xe3, ...utf8('"}')]);
    const p = problemOf(decodeText(bytes, 'gbk.json', false));
    expect(p.message).toMatch(/not UTF-8/);
    expect(p.where).toBe('byte 6');
  });

  it('turns 1e999 (Infinity) into a clear schema problem', () => {
    const parsed = parseJsonText(
      '{"id":"t","metric":{"zh":"产值","en":"Output"},"value":1e999,"unit":"亿元","year":2025,"kind":"target","sources":["s"]}',
      't.json',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const p = problemOf(parseWith(Target, parsed.value, 't.json'));
    expect(p.where).toBe('value');
    expect(p.message).toMatch(/too large .*1e999 reads as Infinity/);
  });
});
