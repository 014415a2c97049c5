/**
 * The evidence for one term of a node in one row's text, for the matcher (matchNodes.ts): where a
 * word occurs (a Latin word only between word boundaries), the row's text with its look-ups cached,
 * and a term's score with the positions of the text it covers. Pure.
 */

/** Clause ends. Not spaces (English) and not 、, whose items share a head (海上风电设备检测、认证). */
const BOUNDARY = new Set(',.;:!?()[]{}<>/|。·\'"“”‘’《》【】');

export type Span = [number, number];
export type Piece = { alts: string[]; mass: number };
/** `whole`: wordings of the entire term; `full`: its pieces' wordings joined; `near`: a compound. */
export type Term = {
  whole: string[];
  full: string[];
  core: Piece[];
  quals: Piece[];
  w: number;
  near?: boolean;
};
/** Positions of the row's text (`text`) that the evidence covers: core words and generic ones. */
export type Hit = { score: number; core: Set<number>; qual: Set<number>; text: string };

/** Full-width letters and digits as half-width, lower case, runs of spaces as one. */
export const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
export const isCjk = (c: string) => /[\u3400-\u9fff]/.test(c);
const alnum = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);
export const mark = (set: Set<number>, [s, e]: Span) => {
  for (let i = s; i < e; i++) set.add(i);
};

/** Where `w` occurs in `t`: a Latin word only between word boundaries, a plural ending allowed. */
export function occurrences(t: string, w: string): Span[] {
  const out: Span[] = [];
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
    let end = i + w.length;
    if (alnum(w[0]) && alnum(t[i - 1])) continue;
    if (alnum(w[w.length - 1])) {
      if (t.startsWith('es', end) && !alnum(t[end + 2])) end += 2;
      else if (t[end] === 's' && !alnum(t[end + 1])) end += 1;
      if (alnum(t[end])) continue;
    }
    out.push([i, end]);
  }
  return out;
}

/** One row's text with its look-ups cached: many terms share pieces. */
export class RowText {
  private cache = new Map<string, Span[]>();
  /** seps[i]: clause ends in t[0..i), so "same clause" is one comparison. */
  readonly seps: number[] = [0];
  constructor(readonly t: string) {
    for (let i = 0; i < t.length; i++)
      this.seps.push((this.seps[i] ?? 0) + (BOUNDARY.has(t[i] ?? '') ? 1 : 0));
  }
  find(w: string): Span[] {
    const hit = this.cache.get(w) ?? occurrences(this.t, w);
    this.cache.set(w, hit);
    return hit;
  }
  all(p: Piece): Span[] {
    return p.alts.length === 1 ? this.find(p.alts[0] ?? '') : p.alts.flatMap((a) => this.find(a));
  }
  first(p: Piece): Span | undefined {
    for (const a of p.alts) {
      const o = this.find(a)[0];
      if (o) return o;
    }
    return undefined;
  }
  /** One occurrence of every piece, not overlapping, all in one clause. */
  together([head, ...rest]: Piece[]): Span[] | undefined {
    for (const o of head ? this.all(head) : []) {
      const got: Span[] = [o];
      for (const p of rest) {
        const hit = this.all(p).find(
          ([s, e]) => this.seps[s] === this.seps[o[0]] && got.every((g) => e <= g[0] || s >= g[1]),
        );
        if (!hit) break;
        got.push(hit);
      }
      if (got.length === rest.length + 1) return got.sort((x, y) => x[0] - y[0]);
    }
    return undefined;
  }
}

export function scoreTerm(term: Term, r: RowText): Omit<Hit, 'text'> | null {
  const core = new Set<number>();
  const qual = new Set<number>();
  const [a, b] = [term.core[0], term.quals[0]];
  if (term.near && a && b) {
    // A compound: the generic word follows the core word closely, in the same clause and list item.
    if (!r.first(a) || !r.first(b)) return null;
    let best = -1;
    for (const x of r.all(a))
      for (const y of r.all(b)) {
        const gap = y[0] - x[1];
        if (gap < 0 || gap > 2 || r.seps[y[0]] !== r.seps[x[1]] || r.t.slice(x[1], y[0]).includes('、'))
          continue;
        if (1 - 0.05 * gap < best) continue;
        if (1 - 0.05 * gap > best) core.clear();
        best = 1 - 0.05 * gap;
        mark(core, [x[0], y[1]]);
      }
    return best < 0 ? null : { score: term.w * best, core, qual };
  }
  const firsts = term.core.map((p) => r.first(p));
  const complete = firsts.every(Boolean);
  for (const v of complete ? [...term.whole, ...term.full] : term.whole) {
    const o = r.find(v)[0];
    if (!o) continue;
    // Found whole: credit the words inside it, so a longer name still out-covers a shorter one.
    const span = r.t.slice(o[0], o[1]);
    const inside = (p: Piece, set: Set<number>) => {
      const w = p.alts.find((x) => span.includes(x));
      if (w) mark(set, [o[0] + span.indexOf(w), o[0] + span.indexOf(w) + w.length]);
    };
    for (const p of term.core) inside(p, core);
    for (const q of term.quals) inside(q, qual);
    if (core.size === 0) mark(core, o);
    return { score: term.w, core, qual };
  }
  const spans = complete ? r.together(term.core) : undefined;
  if (!spans) {
    // Some core words only: a weak hint, kept so the review list can still show the node.
    let found = 0;
    term.core.forEach((p, i) => {
      const o = firsts[i];
      if (!o) return;
      found += p.mass;
      mark(core, o);
    });
    const total = term.core.reduce((n, p) => n + p.mass, 0);
    return found ? { score: (term.w * 0.5 * found) / total, core, qual } : null;
  }
  for (const o of spans) mark(core, o);
  let q = 0;
  for (const p of term.quals) {
    const o = r.first(p);
    if (!o) continue;
    q++;
    mark(qual, o);
  }
  // Core words side by side read as the name itself; apart in one clause, as a looser mention.
  const inOrder = spans.every((o, i) => i === 0 || o[0] === spans[i - 1]?.[1]);
  const refine = term.quals.length ? (0.1 * q) / term.quals.length : 0;
  return { score: term.w * ((inOrder ? 0.9 : 0.85) + refine), core, qual };
}

/** Runs of consecutive positions: the stretches of text a hit covers, in reading order. */
export function runs(set: Set<number>): Span[] {
  const out: Span[] = [];
  for (const p of [...set].sort((x, y) => x - y)) {
    const last = out[out.length - 1];
    if (last && last[1] === p) last[1] = p + 1;
    else out.push([p, p + 1]);
  }
  return out;
}
/** Every word of a lies inside a word of b (天然气 in 天然气水合物; 海上风电 in 海上风电, 运维). */
export const covers = (a: string[], b: string[]) => a.every((x) => b.some((y) => y.includes(x)));
export const chars = (a: string[]) => a.reduce((n, x) => n + x.length, 0);
export const wordsOf = (h: Hit) => [
  ...new Set(runs(new Set([...h.core, ...h.qual])).map(([s, e]) => h.text.slice(s, e))),
];
