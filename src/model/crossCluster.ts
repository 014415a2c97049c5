/**
 * What the clusters share: the same firm, or a chain segment / product / technology of the same name,
 * appearing in two or more clusters. Pure: no React.
 *
 * The schema has no cross-cluster identity (record ids are unique within a cluster only, and a user
 * CSV numbers its rows, so equal ids in two clusters may be unrelated), so records are matched on a
 * normalised Chinese name — Chinese being the authoritative language of every record.
 */
import type { Dataset } from '../data/normalize.ts';
import type { ChainNode, Localized } from '../data/schema.ts';

export type SharedKind = 'firm' | 'segment';

export interface SharedItem {
  kind: SharedKind;
  /** The normalised name the records were matched on (unique per kind). */
  key: string;
  /** The name of its first record, in cluster display order. */
  name: Localized;
  /** One entry per cluster, in display order; `recordId` is a firm or chain-node id in that cluster. */
  clusters: { clusterId: string; recordId: string }[];
  /** Adcodes of every matched record's cities, in the dataset's city order. */
  cities: string[];
}

export interface ClusterLink {
  /** The pair in display order: `a` comes before `b`. */
  a: string;
  b: string;
  firms: number;
  segments: number;
}

/** Width-folds full-width forms (ＴＣＬ, （集团）) and drops spaces so cosmetic variants meet. */
function fold(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * Legal-form endings, longest first. Only these: a word like 分公司 or a bracketed plant (东风日产（广州花都）)
 * tells two different firms apart, so it stays.
 */
const FIRM_SUFFIXES = [
  '集团股份有限公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '(集团)',
  '集团',
];
/** A stripped name must keep at least this many characters: 集团 alone is not a firm's name. */
const MIN_STEM = 2;

/** 美的集团股份有限公司, 美的集团 and 美的 all give 美的; TCL空调 stays apart from TCL. */
export function firmKey(zh: string): string {
  let key = fold(zh);
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of FIRM_SUFFIXES)
      if (key.endsWith(suffix) && key.length - suffix.length >= MIN_STEM) {
        key = key.slice(0, -suffix.length);
        changed = true;
        break;
      }
  }
  return key;
}

/** Segment names are matched as written (after width folding): 内容制作 is not 内容. */
export function segmentKey(zh: string): string {
  return fold(zh);
}

const SEGMENT_KINDS: ReadonlySet<ChainNode['kind']> = new Set(['segment', 'product', 'technology']);

interface Bucket {
  kind: SharedKind;
  key: string;
  name: Localized;
  /** clusterId → the first matching record there; Map order is cluster display order. */
  clusters: Map<string, string>;
  cities: Set<string>;
}

// Made once: an Intl collator costs far more to build than to use.
const zhOrder = new Intl.Collator('zh-CN');

export function sharedAcrossClusters(dataset: Dataset): SharedItem[] {
  const buckets = new Map<string, Bucket>();
  const add = (
    kind: SharedKind,
    key: string,
    clusterId: string,
    rec: { id: string; name: Localized; cities: readonly string[] },
  ) => {
    if (key === '') return;
    const id = `${kind}\u0000${key}`;
    let b = buckets.get(id);
    if (!b) {
      b = { kind, key, name: rec.name, clusters: new Map(), cities: new Set() };
      buckets.set(id, b);
    }
    if (!b.clusters.has(clusterId)) b.clusters.set(clusterId, rec.id);
    for (const code of rec.cities) b.cities.add(code);
  };

  // dataset.clusters is in display order, so each item's cluster list is too.
  for (const { cluster } of dataset.clusters.values()) {
    for (const e of cluster.fiveOnes.enterprises) add('firm', firmKey(e.name.zh), cluster.id, e);
    for (const n of cluster.chain.nodes) {
      // A firm drawn as a chain node is the same firm as a 五个一 record of that name.
      if (n.kind === 'enterprise') add('firm', firmKey(n.name.zh), cluster.id, n);
      else if (SEGMENT_KINDS.has(n.kind)) add('segment', segmentKey(n.name.zh), cluster.id, n);
    }
  }

  const cityRank = new Map([...dataset.cities.keys()].map((code, i) => [code, i]));
  const rank = (code: string) => cityRank.get(code) ?? Number.MAX_SAFE_INTEGER;
  const items: SharedItem[] = [];
  for (const b of buckets.values()) {
    if (b.clusters.size < 2) continue;
    items.push({
      kind: b.kind,
      key: b.key,
      name: b.name,
      clusters: [...b.clusters].map(([clusterId, recordId]) => ({ clusterId, recordId })),
      cities: [...b.cities].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0)),
    });
  }
  return items.sort(
    (x, y) =>
      y.clusters.length - x.clusters.length ||
      zhOrder.compare(x.name.zh, y.name.zh) ||
      (x.kind === y.kind ? 0 : x.kind === 'firm' ? -1 : 1),
  );
}

/**
 * Every pair of clusters that shares something, with how many firms and segments; most shared first,
 * ties in the order the items list them.
 */
export function clusterLinks(items: readonly SharedItem[]): ClusterLink[] {
  const pairs = new Map<string, ClusterLink>();
  for (const item of items) {
    const ids = item.clusters.map((c) => c.clusterId);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        const k = `${a}\u0000${b}`;
        let link = pairs.get(k);
        if (!link) {
          link = { a, b, firms: 0, segments: 0 };
          pairs.set(k, link);
        }
        if (item.kind === 'firm') link.firms++;
        else link.segments++;
      }
  }
  // Array.prototype.sort is stable, so equal pairs keep their first-seen order.
  return [...pairs.values()].sort((x, y) => y.firms + y.segments - (x.firms + x.segments));
}
