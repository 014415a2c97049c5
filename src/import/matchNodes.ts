/**
 * Puts a row of a department's own 企业名录 on the chain: every segment, product and technology node
 * of a cluster is scored against the row's text, and the best few are suggested for review.
 *
 * Plan wording ("太阳能制造", "工具（EDA）") and registry wording ("光伏设备及元器件制造；光伏组件")
 * rarely agree word for word and Chinese has no spaces, so a node's name is cut into pieces: core
 * words that must appear in the text, and generic words (制造, 设备 …) that only refine a match core
 * words made. A name found whole counts far more than shared character bigrams, which only ever
 * reach the uncertain band. Indexes are built once per cluster; a row costs some cached look-ups
 * (how one term is found in a row's text is matchText.ts).
 */
import type { NodeKind } from '../data/schema.ts';
import {
  chars,
  covers,
  type Hit,
  isCjk,
  mark,
  normalise,
  occurrences,
  type Piece,
  RowText,
  runs,
  type Span,
  scoreTerm,
  type Term,
  wordsOf,
} from './matchText.ts';
import type { MatchCluster, Matcher, NodeSuggestion, ReviewState } from './types.ts';

/** At or above: placed without asking, when clearly ahead of the runner-up (by MARGIN). */
export const HIGH = 0.75;
/** Below: not worth proposing; the row waits for the person with nothing chosen. */
export const LOW = 0.4;
export const MARGIN = 0.08;

const words = (s: string) => s.trim().split(/\s*\|\s*/);
/**
 * Plan wording ↔ registry wording (国民经济行业分类 class names, 经营范围 phrases): the words of a
 * group stand for one another wherever a name uses one of them.
 */
const ALIAS_GROUPS =
  words(`太阳能 光伏 | 风电 风力发电 风能 | 核能 核电 核力发电 | 氢能 氢燃料 制氢 储氢 加氢 氢气 |
  天然气 燃气 lng | 天然气水合物 可燃冰 | 生物质能 生物质 | 运营维护 运维 运行维护 | 检测认证 检测 认证 检验 |
  封测 封装测试 封装 | 芯片 集成电路 晶圆 ic | 零部件 零件 部件 配件 | 减速器 减速机 | 伺服电机 伺服马达 |
  无人机 无人飞行器 无人驾驶航空器 | 无人船 无人艇 | 特种 特殊作业 | 服务机器人 服务消费机器人 | 人工智能 ai |
  智能电网 电网 输配电 配电网 | 新能源汽车 电动汽车 | 医疗器械 医疗设备 | 体外诊断 ivd 诊断试剂 | 空调 空气调节器 |
  电视机 电视`).map((g) => g.split(/\s+/));
/**
 * Generic words: in a name they refine a match but never make one. The first word of a group also
 * counts when the row says one of the others (制造 ~ 生产 ~ 代工).
 */
const QUALS = new Map(
  words(`制造 生产 加工 代工 | 生产 制造 | 装备 设备 机组 专用设备 | 设备 装备 机组 | 研发 研究 开发 | 开发 研发 |
  高端 高性能 高档 | 工艺 | 制程 | 有限公司 | 有限责任公司 | 股份 | 公司 | 集团 | 科技 | 技术 | 产品 | 销售 | 服务 |
  研究 | 系统 | 相关 | 工程 | 应用 | 咨询 | 管理 | 批发 | 经营 | 推广 | 先进 | 新型 | 高性能 | 关键 | 核心 | 新一代 |
  现代`).map((g) => {
    const all = g.split(/\s+/);
    return [all[0] ?? '', all];
  }),
);
/** Connectives: never words of their own. */
const DROP = ['及', '等', '与', '和', '的', '之'];
/** Characters a description's compound or list item does not run through (称, 在, 以 …). */
const FUNCTION_CHARS = '的是在和与及等为将以称其对把从于举要求如括';
const EN_STOP = new Set(words('and | of | the | for | in | a | an | to | with | on'));
const EN_QUAL = new Set(
  words(`system | product | manufacturing | equipment | service | technology | technologie | r&d | key |
  high-end | advanced | energy | power | complete`),
);
/** Kinds a firm can be placed in, most specific first: the order breaks ties. */
const PLACEABLE: readonly NodeKind[] = ['technology', 'product', 'segment'];

/** `exact`: what an explicit segment cell may say to name the node outright. */
type NodeIndex = { id: string; rank: number; exact: Set<string>; terms: Term[]; grams: Map<string, number> };

/** English words compared without a plural s ("reducers" ~ "reducer"). */
const stem = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

export function buildMatcher(cluster: MatchCluster): Matcher {
  const nodes = cluster.chain.nodes.filter((n) => PLACEABLE.includes(n.kind));
  const groupOf = new Map(ALIAS_GROUPS.flatMap((g) => g.map((w) => [w, g] as const)));
  const altsOf = (w: string) => groupOf.get(w) ?? [w];
  const clusterWords = [cluster.name.zh, ...cluster.nameVariants]
    .flatMap((s) => normalise(s).split(/[与和及、]/))
    .filter((w) => w.length >= 2);
  const names = nodes.map((n) => normalise(n.name.zh).replace(/\([^)]*\)/g, ''));
  // Words a name is cut at: other nodes' names, synonyms, the cluster's own words, generic words.
  const vocab = new Map<string, 'core' | 'qual' | 'drop'>();
  for (const w of [...names, ...groupOf.keys(), ...clusterWords]) if (w.length >= 2) vocab.set(w, 'core');
  for (const w of QUALS.keys()) vocab.set(w, 'qual');
  for (const w of DROP) vocab.set(w, 'drop');
  const maxLen = Math.max(...[...vocab.keys()].map((w) => w.length));
  const piece = (w: string): Piece => ({ alts: QUALS.get(w) ?? altsOf(w), mass: w.length });

  /** A Chinese name or phrase as a term: its pieces, and its wordings with synonyms swapped in. */
  function zhTerm(part: string, w: number): Term | null {
    if (vocab.get(part) === 'qual' || vocab.get(part) === 'drop') return null;
    const tokens: { text: string; kind: 'core' | 'qual' | 'drop'; free?: boolean }[] = [];
    let free = '';
    const flush = () => {
      if (free) tokens.push({ text: free, kind: free.length >= 2 ? 'core' : 'drop', free: true });
      free = '';
    };
    for (let i = 0; i < part.length; ) {
      let word = '';
      for (let l = Math.min(maxLen, part.length - i); l >= 1 && !word; l--)
        if (part.slice(i, i + l) !== part && vocab.has(part.slice(i, i + l))) word = part.slice(i, i + l);
      const c = part[i] ?? '';
      if (word) {
        flush();
        tokens.push({ text: word, kind: vocab.get(word) ?? 'core' });
        i += word.length;
        continue;
      }
      // Latin and Chinese runs are separate words (MEMS传感器 → mems, 传感器).
      if (free && isCjk(free[free.length - 1] ?? '') !== isCjk(c)) flush();
      free += c;
      i++;
    }
    flush();
    const cores = tokens.filter((t) => t.kind === 'core');
    // The generic word is what tells the node apart when the rest is one stem many names share
    // (服务 in 服务机器人), or when the name is generic words only (先进工艺制程生产线).
    const [one] = cores;
    const shared = cores.length === 1 && one?.free && names.filter((n) => n.includes(one.text)).length >= 3;
    const quals = tokens.filter((t) => t.kind === 'qual');
    if (shared || (!cores.length && quals.length >= 2)) for (const t of quals) t.kind = 'core';
    const core = tokens.filter((t) => t.kind === 'core').map((t) => piece(t.text));
    if (!core.length) return null;
    let full = [''];
    for (const t of tokens) {
      const alts = t.kind === 'core' && !QUALS.has(t.text) ? altsOf(t.text) : [t.text];
      full = full.flatMap((f) => alts.map((x) => f + x)).slice(0, 24);
    }
    const whole = groupOf.get(part) ?? [];
    return { whole, full, core, quals: quals.filter((t) => t.kind === 'qual').map((t) => piece(t.text)), w };
  }
  /** A compound term: `left`, then `right` within two characters (集成电路 … 制造). */
  const near = (left: string, right: string, w: number): Term => {
    return { whole: [], full: [], core: [piece(left)], quals: [piece(right)], w, near: true };
  };
  const enWords = (en: string) => {
    const all =
      normalise(en)
        .replace(/\([^)]*\)/g, ' ')
        .match(/[a-z0-9&-]+/g) ?? [];
    return all.filter((x) => !EN_STOP.has(x)).map(stem);
  };
  const enNames = nodes.map((n) => enWords(n.name.en));
  function enTerms(en: string): Term[] {
    const aliases = [...normalise(en).matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '').filter(Boolean);
    const terms: Term[] = aliases.map((x) => ({ whole: [x], full: [], core: [], quals: [], w: 1 }));
    const content = enWords(en);
    // As in Chinese: a lone word most names share (robot, chip) needs its generic neighbour (service).
    const own = content.filter((x) => !EN_QUAL.has(x));
    const shared = own.length === 1 && enNames.filter((n) => n.includes(own[0] ?? '')).length >= 3;
    const isCore = (x: string) => shared || !EN_QUAL.has(x);
    const core = content.filter(isCore).map((x) => ({ alts: [x], mass: x.length }));
    const quals = content.filter((x) => !isCore(x)).map((x) => ({ alts: [x], mass: x.length }));
    if (core.length) terms.push({ whole: [], full: [content.join(' ')], core, quals, w: 1 });
    return terms;
  }
  const plain = (s: string) => [...s].every((c) => isCjk(c) && !FUNCTION_CHARS.includes(c));

  const index: NodeIndex[] = nodes.map((n, k) => {
    const name = normalise(n.name.zh);
    const outer = names[k] ?? name;
    const aliases = [...name.matchAll(/\(([^)]*)\)/g)].flatMap((m) => (m[1] ?? '').split(/[、,/]/));
    const parts = [outer, ...outer.split(/[与和、/]/), ...aliases].filter(
      (p, i, a) => p.length >= 2 && a.indexOf(p) === i,
    );
    const terms = parts.map((p) => zhTerm(p, 1)).filter((t): t is Term => t !== null);
    // A name of generic words only (制造, 装备): the cluster's own words in front make it specific.
    if (!terms.length) for (const c of clusterWords) terms.push(near(c, outer, 0.75));
    terms.push(...enTerms(n.name.en));
    const desc = normalise(n.description?.zh ?? '');
    // The description's compounds around the name (芯片制造 for 制造): two characters either side.
    for (const p of parts)
      for (const [s, e] of occurrences(desc, p)) {
        const [left, right] = [desc.slice(Math.max(0, s - 2), s), desc.slice(e, e + 2)];
        if (left.length === 2 && plain(left)) terms.push(near(left, p, 0.75));
        if (right.length === 2 && plain(right)) terms.push(near(p, right, 0.75));
      }
    // Items the description lists ("切割、焊接、…等机器人集成应用"), but not places ("…等地").
    for (const clause of desc.split(/[。;,:“”"()]/)) {
      const end = clause.lastIndexOf('等');
      if (end < 0 || !clause.includes('、') || clause[end + 1] === '地') continue;
      for (const raw of clause.slice(0, end).split('、')) {
        const item = raw.slice(Math.max(...[...FUNCTION_CHARS].map((c) => raw.lastIndexOf(c))) + 1);
        const t = item.length >= 2 && item.length <= 6 && plain(item) ? zhTerm(item, 0.6) : null;
        if (t) terms.push(t);
      }
    }
    const grams = new Map<string, number>();
    for (let i = 0; i + 1 < outer.length; i++) {
      const g = outer.slice(i, i + 2);
      if (isCjk(g[0] ?? '') && isCjk(g[1] ?? '') && vocab.get(g) !== 'qual') grams.set(g, 0);
    }
    const exact = new Set([name, outer, normalise(n.name.en), n.id, ...aliases.filter(Boolean)]);
    return { id: n.id, rank: PLACEABLE.indexOf(n.kind), exact, terms, grams };
  });
  // Bigrams many nodes share (机器, 器人) say little: weighted by inverse document frequency.
  const df = new Map<string, number>();
  for (const x of index) for (const g of x.grams.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  for (const x of index)
    for (const g of x.grams.keys()) x.grams.set(g, Math.log(1 + index.length / (df.get(g) ?? 1)));
  const gramTotal = index.map((x) => [...x.grams.values()].reduce((a, b) => a + b, 0));
  const at = new Map(index.map((x, i) => [x.id, i]));
  const parents = index.map((x) =>
    cluster.chain.links.flatMap((l) =>
      l.kind === 'part_of' && l.source === x.id ? (at.get(l.target) ?? []) : [],
    ),
  );

  /** Every node's best evidence in one text, after longer evidence has out-ranked what it contains. */
  function scoreText(input: string): Map<number, Hit> {
    const r = new RowText(normalise(input));
    const hits = new Map<number, Hit>();
    if (!r.t) return hits;
    index.forEach((x, k) => {
      let best: Omit<Hit, 'text'> | null = null;
      for (const term of x.terms) {
        const h = scoreTerm(term, r);
        if (h && (!best || h.score > best.score)) best = h;
      }
      const core = new Set<number>();
      let got = 0;
      for (const [g, w] of x.grams) {
        const o = r.find(g)[0];
        if (!o) continue;
        got += w;
        mark(core, o);
      }
      const total = gramTotal[k] ?? 0;
      const s = total > 0 ? (0.55 * got) / total : 0;
      if (s > 0 && (!best || s > best.score)) best = { score: s, core, qual: new Set() };
      if (best) hits.set(k, { ...best, text: r.t });
    });
    // 太阳能 inside 太阳能制造's evidence: the node explaining more of the row wins. And Chinese puts
    // the head last: in 工业机器人系统集成 the firm does 系统集成, so a node read just before another
    // in the same clause is the modifier.
    const text = (rs: Span[]) => rs.map(([s, e]) => r.t.slice(s, e));
    const view = [...hits].map(([k, h]) => ({
      k,
      h,
      core: runs(h.core),
      all: runs(new Set([...h.core, ...h.qual])),
    }));
    const factor = new Map<number, number>();
    for (const A of view)
      for (const B of view) {
        if (A === B || B.h.score < LOW || A.h.score < 0.1) continue;
        const [ac, bc, aq, bq] = [text(A.core), text(B.core), text(runs(A.h.qual)), text(runs(B.h.qual))];
        const same = covers(ac, bc) && covers(bc, ac);
        let f = factor.get(A.k) ?? 1;
        if ((covers(ac, bc) && chars(bc) > chars(ac)) || (same && covers(aq, bq) && chars(bq) > chars(aq)))
          f = Math.min(f, 0.8);
        const end = A.core.length === 1 ? (A.core[0]?.[1] ?? -9) : -9;
        if (!same && B.all.some(([s]) => s >= end && s <= end + 1 && r.seps[s] === r.seps[end]))
          f = Math.min(f, 0.9);
        factor.set(A.k, f);
      }
    for (const [k, f] of factor) {
      const h = hits.get(k);
      if (h) h.score *= f;
    }
    return hits;
  }

  return {
    suggest(row, limit = 3) {
      const text = scoreText(row.text);
      const seg = scoreText(row.segmentText);
      const segNorm = normalise(row.segmentText);
      const scores = new Map<number, Hit>();
      index.forEach((x, k) => {
        const [h, s] = [text.get(k), seg.get(k)];
        // An explicit segment column is the person's own statement: it wins ties with the free text.
        const textScore = (h?.score ?? 0) * (segNorm ? 0.95 : 1);
        const all = new Set(segNorm ? [...segNorm].map((_, i) => i) : []);
        if (x.exact.has(segNorm)) scores.set(k, { score: 1, core: all, qual: new Set(), text: segNorm });
        else if (s && s.score > textScore) scores.set(k, s);
        else if (h) scores.set(k, { ...h, score: textScore });
      });
      // A product credits the segment it is part of, a little (three levels at most).
      for (let pass = 0; pass < 3; pass++)
        for (const [k, h] of [...scores])
          for (const p of parents[k] ?? [])
            if (0.6 * h.score > (scores.get(p)?.score ?? 0)) scores.set(p, { ...h, score: 0.6 * h.score });
      return [...scores]
        .map(([k, h]) => ({ k, h, score: Math.round(h.score * 1000) / 1000 }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || (index[a.k]?.rank ?? 0) - (index[b.k]?.rank ?? 0) || a.k - b.k)
        .slice(0, limit)
        .map(({ k, h, score }) => ({ nodeId: index[k]?.id ?? '', score, words: wordsOf(h) }));
    },
  };
}

/** The review state a row starts in: never rejected without a person; nothing chosen when unsure. */
export function defaultState(s: NodeSuggestion[]): { chosen: string[]; state: ReviewState } {
  const [best, second] = s;
  if (!best || best.score < LOW) return { chosen: [], state: 'uncertain' };
  const clear = best.score >= HIGH && best.score - (second?.score ?? 0) >= MARGIN - 1e-9;
  return { chosen: [best.nodeId], state: clear ? 'confirmed' : 'uncertain' };
}
