/**
 * The normalized, indexed, immutable dataset the views read (built by normalize.ts), and the marks
 * that say which parts came from a person's own files.
 */
import type { DatasetMeta, RawDataset } from './assemble.ts';
import type {
  ChainModel,
  ChainNode,
  City,
  Cluster,
  ClusterCity,
  Framework,
  Localized,
  Region,
  Source,
} from './schema.ts';

/** Where a record came from: the app's own data, or a file a person loaded. */
export type Origin = { readonly kind: 'bundled' } | { readonly kind: 'user'; readonly file: string };
export const BUNDLED: Origin = Object.freeze({ kind: 'bundled' });

/** What of a dataset came from a person's files; see userData.ts. */
export interface UserMarks {
  /** 'user' when a person's single-file dataset replaced the bundled one. */
  source: 'bundled' | 'user';
  /** Every user file that contributed, in load order. */
  files: string[];
  /** Cluster id → file, for clusters a user file added or replaced. */
  clusters: Map<string, string>;
  /** `${clusterId}/${recordId}` → file, for records added into a cluster (e.g. firms from a CSV). */
  records: Map<string, string>;
  /** Source id → file, for sources a user file brought. */
  sources: Map<string, string>;
}

export const NO_USER_DATA: UserMarks = {
  source: 'bundled',
  files: [],
  clusters: new Map(),
  records: new Map(),
  sources: new Map(),
};

/** One fact-bearing record (anything with `sources`). */
export interface RecordRef {
  /** null for records outside clusters (cities, regions, models, framework, geo). */
  readonly clusterId: string | null;
  /** JSON path inside the cluster (`chain.nodes[3]`; '' for the cluster itself) or the dataset (`cities[2]`). */
  readonly path: string;
  /** The record's id (or adcode) when it has one. */
  readonly id: string | null;
  readonly name: Localized | null;
  readonly sources: readonly string[];
  readonly origin: Origin;
  /** false only when the record says `verified: false`. */
  readonly verified: boolean;
  /** Our own judgement: all its sources are editorial, or it sets stageEditorial / segmentsEditorial. */
  readonly editorial: boolean;
}

/** How one cluster is present in one city. */
export interface CityPresence {
  readonly clusterId: string;
  /** The cluster's city-role entries for this city (empty when only nodes or firms place it here). */
  readonly roles: readonly ClusterCity[];
  readonly belts: readonly string[];
  readonly nodes: readonly string[];
  /** 五个一 record ids (firms, projects, institutions …) placed in the city. */
  readonly records: readonly string[];
}

export interface ClusterEntry {
  readonly cluster: Cluster;
  readonly origin: Origin;
  readonly nodes: ReadonlyMap<string, ChainNode>;
}

export interface DatasetCounts {
  readonly records: number;
  readonly unverified: number;
  readonly editorial: number;
  readonly user: number;
}

export interface Dataset {
  readonly meta: DatasetMeta;
  readonly raw: RawDataset;
  /**
   * 'user' whenever anything shown came from a person's file; `replaced` when a whole user dataset
   * stands in for the bundled one; `files` lists the user files in load order.
   */
  readonly origin: {
    readonly source: 'bundled' | 'user';
    readonly replaced: boolean;
    readonly files: readonly string[];
  };
  readonly marks: UserMarks;
  readonly sources: ReadonlyMap<string, Source>;
  readonly regions: ReadonlyMap<string, Region>;
  /** By adcode. */
  readonly cities: ReadonlyMap<string, City>;
  /** In display order: pillar clusters, then emerging, each by `order`. */
  readonly clusters: ReadonlyMap<string, ClusterEntry>;
  /** Adcode → the clusters present in that city, in display order. */
  readonly cityProfiles: ReadonlyMap<string, readonly CityPresence[]>;
  /** Source id → the records citing it. */
  readonly citations: ReadonlyMap<string, readonly RecordRef[]>;
  readonly records: readonly RecordRef[];
  readonly counts: DatasetCounts;
  readonly models: readonly ChainModel[];
  readonly framework: Framework | null;
}
