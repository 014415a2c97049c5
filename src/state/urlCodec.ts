/**
 * ViewState ⇄ URL query. One exhaustive table lists every persisted key with its short name, so a
 * forgotten key is a compile error. Defaults are omitted; unknown or malformed values fall back to the
 * default silently (a garbled link still opens the app). Pure: no DOM, no store.
 */
import {
  CHART_VIEWS,
  type ChainCamera,
  type ChartView,
  DEFAULT_VIEW,
  type EmbedPart,
  type MapCamera,
  TABS,
  type Tab,
  TEMPLATES,
  type TemplateId,
  type ViewState,
} from './viewState.ts';

interface Codec<T> {
  key: string;
  parse(raw: string): T | undefined;
  format(value: T): string | undefined;
}

const ID_RE = /^[a-z0-9][a-z0-9-]{0,79}$/;
const ADCODE_RE = /^\d{6}$/;
const MAX_PARAM = 200;

const id: Codec<string | null> = {
  key: '',
  parse: (raw) => (ID_RE.test(raw) ? raw : undefined),
  format: (v) => v ?? undefined,
};

function finite(raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

function fixed(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

const CODECS: { [K in keyof ViewState]: Codec<ViewState[K]> } = {
  cluster: { ...id, key: 'c' },
  node: { ...id, key: 'n' },
  city: {
    key: 'city',
    parse: (raw) => (ADCODE_RE.test(raw) ? raw : undefined),
    format: (v) => v ?? undefined,
  },
  map: {
    key: 'm',
    parse: (raw): MapCamera | undefined => {
      const [a, b, c] = raw.split(',');
      const lng = finite(a, -180, 180);
      const lat = finite(b, -85, 85);
      const zoom = finite(c, 0, 22);
      return lng === undefined || lat === undefined || zoom === undefined ? undefined : { lng, lat, zoom };
    },
    format: (v) => (v ? `${fixed(v.lng, 4)},${fixed(v.lat, 4)},${fixed(v.zoom, 2)}` : undefined),
  },
  chain: {
    key: 'd',
    parse: (raw): ChainCamera | undefined => {
      const [a, b, c] = raw.split(',');
      const x = finite(a, -1e6, 1e6);
      const y = finite(b, -1e6, 1e6);
      const k = finite(c, 0.01, 100);
      return x === undefined || y === undefined || k === undefined ? undefined : { x, y, k };
    },
    format: (v) => (v ? `${fixed(v.x, 1)},${fixed(v.y, 1)},${fixed(v.k, 3)}` : undefined),
  },
  tab: {
    key: 'tab',
    // `includes` on a frozen list, not `in`: inherited names like "toString" must not pass.
    parse: (raw) => ((TABS as readonly string[]).includes(raw) ? (raw as Tab) : undefined),
    format: (v) => v,
  },
  view: {
    key: 'view',
    parse: (raw) => ((CHART_VIEWS as readonly string[]).includes(raw) ? (raw as ChartView) : undefined),
    format: (v) => v,
  },
  template: {
    key: 'tpl',
    parse: (raw) => ((TEMPLATES as readonly string[]).includes(raw) ? (raw as TemplateId) : undefined),
    format: (v) => v,
  },
  lang: {
    key: 'lang',
    parse: (raw) => (raw === 'en' || raw === 'zh' ? raw : undefined),
    format: (v) => v,
  },
  embed: {
    key: 'embed',
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    format: (v) => (v ? '1' : '0'),
  },
  embedPart: {
    key: 'show',
    parse: (raw) => (raw === 'map' || raw === 'chain' || raw === 'both' ? (raw as EmbedPart) : undefined),
    format: (v) => v,
  },
};

export const URL_KEYS = Object.fromEntries(
  Object.entries(CODECS).map(([name, codec]) => [name, codec.key]),
) as Record<keyof ViewState, string>;

export function parseView(search: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_VIEW };
  }
  const view: ViewState = { ...DEFAULT_VIEW };
  for (const name of Object.keys(CODECS) as (keyof ViewState)[]) {
    const raw = params.get(CODECS[name].key);
    if (raw === null || raw.length > MAX_PARAM) continue;
    const value = (CODECS[name] as Codec<unknown>).parse(raw);
    if (value !== undefined) (view as unknown as Record<string, unknown>)[name] = value;
  }
  // A node only means something inside its cluster.
  if (!view.cluster) view.node = null;
  return view;
}

/**
 * Writes the view into a query string, keeping parameters that are not ours (e.g. `data=`).
 * Defaults are left out so links stay short and stable.
 */
export function formatView(view: ViewState, keep: string = ''): string {
  const params = new URLSearchParams(keep);
  for (const name of Object.keys(CODECS) as (keyof ViewState)[]) {
    const codec = CODECS[name] as Codec<unknown>;
    params.delete(codec.key);
    const value = view[name];
    if (sameValue(value, DEFAULT_VIEW[name])) continue;
    const text = codec.format(value);
    if (text !== undefined) params.set(codec.key, text);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

function sameValue(a: unknown, b: unknown): boolean {
  return (
    a === b || (a !== null && b !== null && typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b))
  );
}
