// @vitest-environment node
/**
 * The URL state under fuzzing: parseView on arbitrary strings and on query strings built from our own
 * keys with hostile values never throws and always yields a valid view; every valid view survives
 * formatView → parseView unchanged; classifyDataUrl only ever lets http(s) through.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyDataUrl } from '../../../src/data/dataUrl.ts';
import { formatView, parseView, URL_KEYS } from '../../../src/state/urlCodec.ts';
import { CHART_VIEWS, DEFAULT_VIEW, TABS, TEMPLATES, type ViewState } from '../../../src/state/viewState.ts';
import { fuzzOptions, guarded, nastyString, report, SEED, tally } from './support.ts';

const t = tally('url');

/** Every field of a parsed view lies in its domain. */
function expectValidView(v: ViewState): void {
  expect(Object.keys(v).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
  for (const id of [v.cluster, v.node]) if (id !== null) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/);
  if (v.city !== null) expect(v.city).toMatch(/^\d{6}$/);
  if (v.node !== null) expect(v.cluster).not.toBeNull();
  expect(TABS).toContain(v.tab);
  expect(['zh', 'en']).toContain(v.lang);
  expect(typeof v.embed).toBe('boolean');
  expect(['both', 'map', 'chain']).toContain(v.embedPart);
  for (const n of [v.map?.lng, v.map?.lat, v.map?.zoom, v.chain?.x, v.chain?.y, v.chain?.k])
    if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
}

function parse(search: string): void {
  const view = parseView(search);
  expectValidView(view);
  if (JSON.stringify(view) === JSON.stringify(DEFAULT_VIEW)) t.rejected++;
  else t.accepted++;
}

/** encodeURIComponent throws on lone surrogates; browsers send U+FFFD in their place. */
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const KEYS = [...Object.values(URL_KEYS), 'data', '__proto__', 'toString', 'constructor'];
const value = fc.oneof(
  nastyString,
  fc.constantFrom(
    'petrochem',
    '440900',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e999',
    '113.2,23.1,6',
    '1,2',
    ',,',
    '0x10,1,1',
    'toString',
    'en',
    '1',
    'map',
    '%',
    '%E0%A4%A',
    'x'.repeat(10000),
  ),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((a) => a.join(',')),
);
const query = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), value, fc.boolean()), { maxLength: 12 })
  .map(
    (pairs) =>
      `?${pairs.map(([k, v, encode]) => `${k}=${encode ? encodeURIComponent(wellFormed(v)) : v}`).join('&')}`,
  );

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
/** Numbers at the precision the codec writes, so a round trip is exact. */
const at = (min: number, max: number, digits: number) =>
  fc
    .integer({ min: Math.ceil(min * 10 ** digits), max: Math.floor(max * 10 ** digits) })
    .map((n) => n / 10 ** digits);
const validView: fc.Arbitrary<ViewState> = fc
  .record({
    cluster: fc.option(idArb, { nil: null }),
    node: fc.option(idArb, { nil: null }),
    city: fc.option(fc.stringMatching(/^\d{6}$/), { nil: null }),
    map: fc.option(fc.record({ lng: at(-180, 180, 4), lat: at(-85, 85, 4), zoom: at(0, 22, 2) }), {
      nil: null,
    }),
    chain: fc.option(fc.record({ x: at(-1e5, 1e5, 1), y: at(-1e5, 1e5, 1), k: at(0.01, 100, 3) }), {
      nil: null,
    }),
    tab: fc.constantFrom(...TABS),
    view: fc.constantFrom(...CHART_VIEWS),
    template: fc.constantFrom(...TEMPLATES),
    lang: fc.constantFrom('zh' as const, 'en' as const),
    embed: fc.boolean(),
    embedPart: fc.constantFrom('both' as const, 'map' as const, 'chain' as const),
  })
  .map((v) => ({ ...v, node: v.cluster ? v.node : null }));

describe(`URL parser fuzzing (seed ${SEED}; replay with FUZZ_SEED)`, () => {
  afterAll(() => {
    report(t);
  });

  it('parseView on arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), (s) => guarded(t, () => parse(s))),
      fuzzOptions(),
    );
  });

  it('parseView on query strings of our keys with hostile values', async () => {
    await fc.assert(
      fc.asyncProperty(query, (q) => guarded(t, () => parse(q))),
      fuzzOptions(),
    );
  });

  it('round-trips every valid view, keeping foreign parameters', async () => {
    await fc.assert(
      fc.asyncProperty(validView, fc.option(nastyString, { nil: undefined }), (view, data) =>
        guarded(t, () => {
          const keep = data === undefined ? '' : `?${new URLSearchParams({ data })}`;
          const q = formatView(view, keep);
          expect(parseView(q)).toEqual(view);
          if (data !== undefined) expect(new URLSearchParams(q).get('data')).toBe(wellFormed(data));
          t.accepted++;
        }),
      ),
      fuzzOptions(),
    );
  });

  it('classifyDataUrl lets only http(s) through and never throws', async () => {
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .tuple(
          fc.constantFrom(
            'javascript:',
            'data:',
            'vbscript:',
            'file:',
            'blob:',
            'http://',
            'https://',
            '//',
            '',
            ' JaVaScRiPt:',
          ),
          fc.string({ maxLength: 60 }),
        )
        .map(([a, b]) => a + b),
    );
    await fc.assert(
      fc.asyncProperty(raw, (s) =>
        guarded(t, () => {
          const c = classifyDataUrl(s, 'https://app.test', 'https://app.test/briefings/');
          if (c.kind === 'invalid') {
            expect(c.problem?.message.length).toBeGreaterThan(0);
            expect(c.problem?.fix.length).toBeGreaterThan(0);
            t.rejected++;
          } else {
            expect(new URL(c.url).protocol).toBe('https:');
            t.accepted++;
          }
        }),
      ),
      fuzzOptions(),
    );
  });

  it('found no uncaught error', () => {
    expect(t.uncaught).toBe(0);
    expect(t.runs).toBeGreaterThanOrEqual(4000);
  });
});
