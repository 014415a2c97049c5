/**
 * `npx tsx scripts/export-json-schema.ts`: writes data/schema/*.json — JSON Schemas generated from
 * src/data/schema.ts (zod 4 `z.toJSONSchema`), so editors can validate data files as people type.
 * Never edit them by hand: test/unit/data/jsonSchema.test.ts fails when they differ from a fresh
 * generation. Schemas describe the *input* shape: fields with defaults are optional.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as S from '../src/data/schema.ts';
import {
  BundleFile,
  CitiesFile,
  ClusterFile,
  FrameworkFile,
  ManifestFile,
  ModelsFile,
  SourcesFile,
} from '../src/data/schema.ts';
import { z } from '../src/data/zod.ts';

export const SCHEMA_DIR = join(import.meta.dirname, '..', 'data', 'schema');

const SCHEMAS = {
  'manifest.schema.json': { schema: ManifestFile, title: 'ChainAtlas manifest (manifest.json)' },
  'sources.schema.json': { schema: SourcesFile, title: 'ChainAtlas sources file (sources.json)' },
  'cities.schema.json': { schema: CitiesFile, title: 'ChainAtlas regions and cities (cities.json)' },
  'cluster.schema.json': { schema: ClusterFile, title: 'ChainAtlas cluster file (clusters/<id>.json)' },
  'models.schema.json': {
    schema: ModelsFile,
    title: 'ChainAtlas chain-leader models elsewhere (models.json)',
  },
  'framework.schema.json': { schema: FrameworkFile, title: 'ChainAtlas 链长制 framework (framework.json)' },
  'dataset.schema.json': { schema: BundleFile, title: 'ChainAtlas single-file dataset' },
} as const;

/** Record types named in the schemas' `$defs`, so a validator's message says "Enterprise", not "__schema7". */
const NAMED: Record<string, z.ZodType> = {
  Localized: S.Localized,
  LocalizedText: S.LocalizedText,
  Source: S.Source,
  Region: S.Region,
  City: S.City,
  ChainNode: S.ChainNode,
  ChainLink: S.ChainLink,
  Dependency: S.Dependency,
  Department: S.Department,
  Governance: S.Governance,
  Target: S.Target,
  ClusterCity: S.ClusterCity,
  Belt: S.Belt,
  Site: S.Site,
  FocusArea: S.FocusArea,
  Enterprise: S.Enterprise,
  Project: S.Project,
  InnovationItem: S.InnovationItem,
  PolicyDoc: S.PolicyDoc,
  ConsultingBody: S.ConsultingBody,
  FiveOnes: S.FiveOnes,
  Cluster: S.Cluster,
  ChainModel: S.ChainModel,
  Framework: S.Framework,
  Province: S.Province,
  GeoRef: S.GeoRef,
};

function registry() {
  const reg = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED)) reg.add(schema, { id });
  return reg;
}

/** File name → file contents, deterministic. */
export function generateJsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, { schema, title }] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-2020-12',
      metadata: registry(),
      reused: 'inline',
    });
    const doc = {
      $schema: json.$schema,
      title,
      $comment: 'Generated from src/data/schema.ts by scripts/export-json-schema.ts. Do not edit by hand.',
      ...Object.fromEntries(Object.entries(json).filter(([k]) => k !== '$schema')),
    };
    out.set(name, `${JSON.stringify(doc, null, 2)}\n`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of generateJsonSchemas()) {
    writeFileSync(join(SCHEMA_DIR, name), text);
    console.log(`wrote data/schema/${name} (${text.length} bytes)`);
  }
}
