import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatView, parseView, URL_KEYS } from '../../../src/state/urlCodec.ts';
import { CHART_VIEWS, DEFAULT_VIEW, TABS, TEMPLATES, type ViewState } from '../../../src/state/viewState.ts';

describe('URL codec', () => {
  it('omits every default, so the default view has an empty query', () => {
    expect(formatView(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips a full view with short keys', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      cluster: 'petrochem',
      node: 'seg-refining',
      city: '440900',
      map: { lng: 113.2644, lat: 23.1291, zoom: 6.5 },
      chain: { x: -120.5, y: 33, k: 1.25 },
      tab: 'projects',
      lang: 'en',
    };
    const query = formatView(view);
    expect(query).toContain('c=petrochem');
    expect(query).toContain('city=440900');
    expect(parseView(query)).toEqual(view);
  });

  it('keeps parameters that are not its own (e.g. data=)', () => {
    const query = formatView({ ...DEFAULT_VIEW, cluster: 'robotics' }, '?data=%2Fmine.json');
    const params = new URLSearchParams(query);
    expect(params.get('data')).toBe('/mine.json');
    expect(params.get('c')).toBe('robotics');
  });

  it.each([
    ['?c=<script>', 'cluster'],
    ['?c=toString', 'cluster'],
    ['?tab=toString', 'tab'],
    ['?tab=__proto__', 'tab'],
    ['?city=44010', 'city'],
    ['?m=NaN,1,2', 'map'],
    ['?m=1e999,20,5', 'map'],
    ['?d=1,2', 'chain'],
    ['?lang=fr', 'lang'],
    ['?embed=yes', 'embed'],
    [`?c=${'a'.repeat(5000)}`, 'cluster'],
  ] as const)('falls back to the default for garbage %s', (query, field) => {
    expect(parseView(query)[field]).toEqual(DEFAULT_VIEW[field]);
  });

  it('drops a node that has no cluster', () => {
    expect(parseView('?n=seg-a').node).toBeNull();
  });

  it('has a distinct short key for every field', () => {
    const keys = Object.values(URL_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('parses any string without throwing and always yields a valid view (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const v = parseView(s);
        expect(TABS).toContain(v.tab);
        expect(['zh', 'en']).toContain(v.lang);
      }),
      { numRuns: 1000, seed: 20211 },
    );
  });

  it('round-trips random valid views (fixed precision)', () => {
    const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
    const viewArb = fc.record({
      cluster: fc.option(idArb, { nil: null }),
      node: fc.constant(null),
      city: fc.option(fc.stringMatching(/^44\d{4}$/), { nil: null }),
      map: fc.option(
        fc.record({
          lng: fc.integer({ min: -1800000, max: 1800000 }).map((n) => n / 10000),
          lat: fc.integer({ min: -850000, max: 850000 }).map((n) => n / 10000),
          zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
        }),
        { nil: null },
      ),
      chain: fc.constant(null),
      tab: fc.constantFrom(...TABS),
      view: fc.constantFrom(...CHART_VIEWS),
      template: fc.constantFrom(...TEMPLATES),
      lang: fc.constantFrom('zh' as const, 'en' as const),
      embed: fc.boolean(),
      embedPart: fc.constantFrom('both' as const, 'map' as const, 'chain' as const),
    });
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(parseView(formatView(view))).toEqual(view);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
