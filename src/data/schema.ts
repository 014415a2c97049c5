/**
 * The ChainAtlas dataset format, version 1. This file is the single source of truth:
 * `data/README.md` documents it field by field and `data/schema/*.json` is generated from it.
 *
 * A dataset names its province and its cities by adcode; nothing here is specific to Guangdong,
 * so other provinces' chain systems can be loaded without a schema change.
 */
import { z } from './zod.ts';

export const SCHEMA_VERSION = 1;

const id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lower-case letters, digits and hyphens (e.g. "petrochem")');
const adcode = z.string().regex(/^\d{6}$/, 'an adcode is six digits, e.g. "440100" for 广州市');
const text = (max = 400) => z.string().trim().min(1).max(max);
/** Calendar date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');

/** Names are shown in both languages; Chinese is authoritative. */
export const Localized = z.object({ zh: text(200), en: text(200) }).strict();
/** Longer text in our own words. English may lag behind Chinese. */
export const LocalizedText = z.object({ zh: text(2000), en: text(2000).optional() }).strict();

/** Every fact carries the ids of the sources that state it. */
const sourceIds = z.array(id).min(1, 'every record needs at least one source id');
/** Provenance fields shared by every fact record. */
const provenance = {
  sources: sourceIds,
  /** false: no source we could read confirms it (domain research level "U"); shown as unverified. */
  verified: z.boolean().optional(),
  note: LocalizedText.optional(),
};

// ---------------------------------------------------------------- sources
export const SourceLevel = z.enum(['official', 'press', 'secondary', 'article', 'editorial']);
export const Source = z
  .object({
    id,
    title: text(300),
    publisher: text(200),
    date: isoDate.optional(),
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'a source url starts with http:// or https://')
      .max(2000)
      .optional(),
    level: SourceLevel,
    /** The official text was read on a mirror of the official site, not on the official domain. */
    mirror: z.boolean().optional(),
    /** 文号 of a policy document, e.g. 粤府函〔2020〕82号. */
    docNo: text(100).optional(),
    note: LocalizedText.optional(),
  })
  .strict();

// ---------------------------------------------------------------- cities & regions
export const Region = z
  .object({ id, name: Localized, cities: z.array(adcode).min(1), ...provenance })
  .strict();
export const City = z.object({ adcode, name: Localized, region: id, ...provenance }).strict();

// ---------------------------------------------------------------- chain graph
export const Stage = z.enum(['upstream', 'midstream', 'downstream']);
/** 锻长板 strong · 补短板 weak · 补链 missing · 延链 extension */
export const Status = z.enum(['strong', 'weak', 'missing', 'extension']);
export const NodeKind = z.enum([
  'segment',
  'product',
  'technology',
  'enterprise',
  'institution',
  'platform',
  'project',
  'policy',
]);
export const LinkKind = z.enum(['supplies', 'part_of', 'enables', 'located_in', 'applies_to', 'supports']);

export const Dependency = z.object({ level: z.enum(['high', 'medium', 'low']), ...provenance }).strict();

export const ChainNode = z
  .object({
    id,
    kind: NodeKind,
    name: Localized,
    stage: Stage.optional(),
    status: Status.optional(),
    /** 对外依赖: only where a source states it. */
    dependency: Dependency.optional(),
    cities: z.array(adcode).default([]),
    description: LocalizedText.optional(),
    /** Id of the article focus area this node stands for, when it comes from one. */
    focusArea: id.optional(),
    /** true when no source states the stage: the upstream/midstream/downstream placement is ours. */
    stageEditorial: z.boolean().optional(),
    ...provenance,
  })
  .strict();

export const ChainLink = z.object({ source: id, target: id, kind: LinkKind, ...provenance }).strict();

export const ChainGraph = z.object({ nodes: z.array(ChainNode), links: z.array(ChainLink) }).strict();

// ---------------------------------------------------------------- cluster parts
export const PlanVersion = z.enum(['2021-2025', '2023-2025', 'other']);

export const Department = z
  .object({ name: Localized, planVersion: PlanVersion.optional(), ...provenance })
  .strict();

export const Governance = z
  .object({
    /** The 总链长's role (the 省长 in Guangdong). */
    chiefChainLeader: z.object({ role: Localized, ...provenance }).strict(),
    /**
     * The provincial leader linked to this cluster as its 链长. null when no source names one —
     * which for Guangdong is every cluster. Never guessed.
     */
    linkedLeader: z
      .object({ name: Localized, title: Localized, ...provenance })
      .strict()
      .nullable(),
    linkedLeaderNote: LocalizedText.optional(),
    leadDepartments: z.array(Department),
    supportingDepartments: z.array(Department).default([]),
  })
  .strict();

export const Target = z
  .object({
    id,
    metric: Localized,
    value: z.number().finite(),
    /** Upper bound when the source gives a range. */
    valueMax: z.number().finite().optional(),
    /** How the source qualifies the number: 超过 >, 不低于 ≥, 约 ≈, 接近 ≲. */
    comparator: z.enum(['=', '>', '>=', '<', '<=', '~']).default('='),
    unit: text(40),
    year: z.number().int().min(1949).max(2100),
    kind: z.enum(['target', 'baseline', 'actual']),
    planVersion: PlanVersion.optional(),
    /** Chain node ids the target is about (e.g. 炼油能力 → the refining segment); empty = the whole chain. */
    segments: z.array(id).optional(),
    ...provenance,
  })
  .strict();

export const CityRole = z.enum([
  'core',
  'innovation',
  'rnd',
  'manufacturing',
  'production',
  'agglomeration',
  'supporting',
  'member',
]);

export const ClusterCity = z
  .object({
    adcode,
    role: CityRole,
    /** The source's own wording of the role when the enum is coarser, e.g. 芯片设计. */
    roleLabel: Localized.optional(),
    ...provenance,
  })
  .strict();

export const Site = z.object({ name: Localized, adcode, ...provenance }).strict();

export const Belt = z
  .object({
    id,
    name: Localized,
    kind: z.enum(['belt', 'base', 'park', 'corridor', 'zone']),
    /** Member cities, in the order a belt line is drawn through them. */
    cities: z.array(adcode).min(1),
    sites: z.array(Site).default([]),
    ...provenance,
  })
  .strict();

export const FocusArea = z.object({ id, name: Localized, ...provenance }).strict();

// ---------------------------------------------------------------- 五个一
export const Tier = z.enum(['chain-leader', 'leading', 'hidden-champion', 'specialized', 'other']);

export const Enterprise = z
  .object({
    id,
    name: Localized,
    tier: Tier,
    cities: z.array(adcode).default([]),
    /** Chain node ids (usually segments) the firm belongs to. */
    segments: z.array(id).default([]),
    /** true when no source places the firm in these segments: the placement is ours. */
    segmentsEditorial: z.boolean().optional(),
    ...provenance,
  })
  .strict();

export const Project = z
  .object({
    id,
    name: Localized,
    cities: z.array(adcode).default([]),
    status: z.enum(['planned', 'signed', 'under-construction', 'operating', 'unknown']).default('unknown'),
    investment: z
      .object({ value: z.number().finite().positive(), unit: text(20), ...provenance })
      .strict()
      .optional(),
    segments: z.array(id).default([]),
    ...provenance,
  })
  .strict();

export const InnovationItem = z
  .object({
    id,
    name: Localized,
    kind: z.enum(['lab', 'institute', 'platform', 'park', 'university', 'centre']),
    cities: z.array(adcode).default([]),
    segments: z.array(id).default([]),
    ...provenance,
  })
  .strict();

export const PolicyDoc = z
  .object({
    id,
    title: Localized,
    docNo: text(100).optional(),
    issuers: z.array(text(100)).default([]),
    date: isoDate.optional(),
    planVersion: PlanVersion.optional(),
    ...provenance,
  })
  .strict();

export const ConsultingBody = z.object({ id, name: Localized, ...provenance }).strict();

export const FiveOnes = z
  .object({
    enterprises: z.array(Enterprise).default([]),
    projects: z.array(Project).default([]),
    innovation: z.array(InnovationItem).default([]),
    policies: z.array(PolicyDoc).default([]),
    consulting: z.array(ConsultingBody).default([]),
  })
  .strict();

// ---------------------------------------------------------------- 技术路线图 and 对接 candidates
/** How far Guangdong's chain has a technology: 已掌握 · 追赶 · 卡脖子 · 缺失. */
export const TechStatus = z.enum(['mastered', 'catching-up', 'chokepoint', 'missing']);
const year = z.number().int().min(1949).max(2100);

/**
 * One line of the chain's 技术路线图: a technology, product or milestone the sources name. Without a
 * year or a period it is drawn in the "undated" lane: a year no source gives is never guessed.
 */
export const RoadmapItem = z
  .object({
    id,
    name: Localized,
    kind: z.enum(['technology', 'product', 'milestone']).default('technology'),
    /** The chain node it advances, when it is one. */
    node: id.optional(),
    status: TechStatus.optional(),
    /** true when the status is our reading of the source's wording (e.g. 突破 → catching up). */
    statusEditorial: z.boolean().optional(),
    /** The year the source dates it to. */
    year: year.optional(),
    /** The plan period it belongs to, when the source gives a period rather than a year. */
    period: z.object({ from: year, to: year }).strict().optional(),
    /** Ids of the cluster's targets it serves. */
    targets: z.array(id).default([]),
    description: LocalizedText.optional(),
    ...provenance,
  })
  .strict();

/** A firm, institute or fund outside the chain that a plan lists as one to bring in (可对接 / 引入). */
export const Candidate = z
  .object({
    id,
    name: Localized,
    kind: z.enum(['enterprise', 'institution', 'fund']),
    /** Where it is, in words (e.g. 上海市), since it is usually outside the province. */
    place: Localized.optional(),
    /** Chain node ids it would fill. */
    segments: z.array(id).default([]),
    ...provenance,
  })
  .strict();

// ---------------------------------------------------------------- cluster
export const Cluster = z
  .object({
    id,
    name: Localized,
    nameVariants: z.array(text(100)).default([]),
    kind: z.enum(['pillar', 'emerging']),
    /** Position in the source's list (1–10 within its kind). */
    order: z.number().int().min(1).max(99),
    description: LocalizedText,
    focusAreas: z.array(FocusArea).default([]),
    governance: Governance,
    targets: z.array(Target).default([]),
    cities: z.array(ClusterCity).default([]),
    belts: z.array(Belt).default([]),
    chain: ChainGraph,
    fiveOnes: FiveOnes,
    /** 技术路线图 items; bad items are reported and dropped at load (softFields.ts). */
    roadmap: z.array(RoadmapItem).default([]),
    /** 对接 candidates, drawn as ghost 引入 nodes; bad items are reported and dropped at load. */
    candidates: z.array(Candidate).default([]),
    ...provenance,
  })
  .strict();

/**
 * A cluster's entry in a manifest's `clusterIndex`: what the cluster picker lists before the
 * cluster's own file has arrived (a deep link loads its cluster first), and the cities it names with
 * their roles, which the start page's map and cluster × city matrix draw while the files load. Our
 * build adds the index.
 */
export const ClusterSummary = Cluster.pick({
  id: true,
  name: true,
  nameVariants: true,
  kind: true,
  order: true,
}).extend({
  cities: z.array(z.object({ adcode, role: CityRole }).strict()).optional(),
});

// ---------------------------------------------------------------- chain-leader models elsewhere
export const ChainModel = z
  .object({
    id,
    place: Localized,
    level: z.enum(['national', 'province', 'city', 'zone']),
    date: isoDate,
    name: Localized,
    summary: LocalizedText,
    elements: z.array(Localized).default([]),
    chains: z.number().int().positive().optional(),
    leaders: z.number().int().positive().optional(),
    ...provenance,
  })
  .strict();

/** The province-level 链长制 framework (总链长, mechanisms, tasks, 五个一). */
export const Framework = z
  .object({
    launched: isoDate,
    chiefChainLeader: Localized,
    office: Localized,
    mechanisms: z.array(Localized),
    tasks: z.array(Localized),
    fiveOnes: z.array(Localized).length(5),
    memberUnits: z.number().int().positive().optional(),
    ...provenance,
  })
  .strict();

// ---------------------------------------------------------------- files
const versioned = { schemaVersion: z.literal(SCHEMA_VERSION) };

/** The province a dataset covers. */
export const Province = z.object({ adcode, name: Localized }).strict();

/** The map the dataset is drawn on. */
export const GeoRef = z
  .object({
    /** Path of the TopoJSON boundaries, relative to the file that names it. */
    boundaries: z.string().min(1),
    /** The map's footer line, e.g. "示意图 — 非标准地图", or the standard map's credit. */
    note: Localized,
    /** 审图号 when the boundaries come from an approved standard map; null otherwise. */
    reviewNumber: text(100).nullable(),
    sources: sourceIds,
  })
  .strict();

export const ManifestFile = z
  .object({
    ...versioned,
    id,
    name: Localized,
    province: Province,
    /** Paths relative to the manifest. */
    files: z
      .object({
        sources: z.string().min(1),
        cities: z.string().min(1),
        framework: z.string().min(1).optional(),
        models: z.string().min(1).optional(),
        clusters: z.array(z.string().min(1)).min(1),
      })
      .strict(),
    geo: GeoRef,
    /** Optional: the clusters' names, kinds and order, for the picker while their files load. */
    clusterIndex: z.array(ClusterSummary).optional(),
  })
  .strict();

export const SourcesFile = z.object({ ...versioned, sources: z.array(Source).min(1) }).strict();
export const CitiesFile = z
  .object({ ...versioned, regions: z.array(Region).min(1), cities: z.array(City).min(1) })
  .strict();
/**
 * One cluster per file. A cluster file may bring the sources only it cites, so a single file is
 * self-contained; source ids must still be unique across the whole dataset.
 */
export const ClusterFile = z
  .object({ ...versioned, sources: z.array(Source).default([]), cluster: Cluster })
  .strict();
export const ModelsFile = z.object({ ...versioned, models: z.array(ChainModel) }).strict();
export const FrameworkFile = z.object({ ...versioned, framework: Framework }).strict();

/**
 * A whole dataset in one file: the manifest's fields with every part inline instead of listed as
 * paths. This is the format a person drops into the app to replace the bundled dataset. Without
 * `geo` the app keeps drawing its bundled boundaries.
 */
export const BundleFile = z
  .object({
    ...versioned,
    id,
    name: Localized,
    province: Province,
    geo: GeoRef.optional(),
    sources: z.array(Source).min(1),
    regions: z.array(Region).min(1),
    cities: z.array(City).min(1),
    framework: Framework.optional(),
    models: z.array(ChainModel).default([]),
    clusters: z.array(Cluster).min(1),
  })
  .strict();

export type Localized = z.infer<typeof Localized>;
export type LocalizedText = z.infer<typeof LocalizedText>;
export type Source = z.infer<typeof Source>;
export type SourceLevel = z.infer<typeof SourceLevel>;
export type Region = z.infer<typeof Region>;
export type City = z.infer<typeof City>;
export type Stage = z.infer<typeof Stage>;
export type Status = z.infer<typeof Status>;
export type NodeKind = z.infer<typeof NodeKind>;
export type LinkKind = z.infer<typeof LinkKind>;
export type ChainNode = z.infer<typeof ChainNode>;
export type ChainLink = z.infer<typeof ChainLink>;
export type ChainGraph = z.infer<typeof ChainGraph>;
export type Governance = z.infer<typeof Governance>;
export type Target = z.infer<typeof Target>;
export type CityRole = z.infer<typeof CityRole>;
export type ClusterCity = z.infer<typeof ClusterCity>;
export type Belt = z.infer<typeof Belt>;
export type Tier = z.infer<typeof Tier>;
export type Enterprise = z.infer<typeof Enterprise>;
export type Project = z.infer<typeof Project>;
export type InnovationItem = z.infer<typeof InnovationItem>;
export type PolicyDoc = z.infer<typeof PolicyDoc>;
export type FiveOnes = z.infer<typeof FiveOnes>;
export type Cluster = z.infer<typeof Cluster>;
export type TechStatus = z.infer<typeof TechStatus>;
export type RoadmapItem = z.infer<typeof RoadmapItem>;
export type Candidate = z.infer<typeof Candidate>;
export type ChainModel = z.infer<typeof ChainModel>;
export type Framework = z.infer<typeof Framework>;
export type ManifestFile = z.infer<typeof ManifestFile>;
export type ClusterSummary = z.infer<typeof ClusterSummary>;
export type Province = z.infer<typeof Province>;
export type GeoRef = z.infer<typeof GeoRef>;
export type Department = z.infer<typeof Department>;
export type FocusArea = z.infer<typeof FocusArea>;
export type Site = z.infer<typeof Site>;
export type ConsultingBody = z.infer<typeof ConsultingBody>;
export type SourcesFile = z.infer<typeof SourcesFile>;
export type CitiesFile = z.infer<typeof CitiesFile>;
export type ClusterFile = z.infer<typeof ClusterFile>;
export type ModelsFile = z.infer<typeof ModelsFile>;
export type FrameworkFile = z.infer<typeof FrameworkFile>;
export type BundleFile = z.infer<typeof BundleFile>;
