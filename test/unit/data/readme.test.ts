/** data/README.md stays in step with the code: its example loads, and it names every field and column. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/data/csv.ts';
import { CSV_COLUMNS, enterprisesFromCsv } from '../../../src/data/csvEnterprises.ts';
import { assembleBundleJson } from '../../../src/data/load.ts';
import * as S from '../../../src/data/schema.ts';
import { ROOT } from './helpers.ts';

const README = readFileSync(join(ROOT, 'data', 'README.md'), 'utf8');

function block(heading: string, lang: string): string {
  const section = README.slice(README.indexOf(heading));
  const m = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(section);
  if (!m?.[1]) throw new Error(`no ${lang} block under ${heading}`);
  return m[1];
}

describe('data/README.md', () => {
  const example = assembleBundleJson(JSON.parse(block('## A complete example', 'json')), 'example.json');

  it('its complete example is a valid single-file dataset', () => {
    expect(example.problems).toEqual([]);
    expect(example.dataset?.clusters).toHaveLength(1);
  });

  it('its CSV example adds a firm to the example dataset', () => {
    const table = parseCsvText(block('### CSV columns', 'csv'), 'example.csv');
    if (!table.ok || !example.dataset) throw new Error('example did not parse');
    const { additions, problems } = enterprisesFromCsv(table.value, 'example.csv', example.dataset);
    expect(problems).toEqual([]);
    expect(
      additions.map((a) => [a.clusterId, a.enterprise.cities, a.enterprise.segments, a.enterprise.tier]),
    ).toEqual([['petrochem', ['440900'], ['refining'], 'leading']]);
  });

  it('names every CSV column and every accepted header', () => {
    for (const col of CSV_COLUMNS) for (const name of col.names) expect(README).toContain(`\`${name}\``);
  });

  it('names every field of every record type', () => {
    const schemas = [
      S.ManifestFile,
      S.Source,
      S.Region,
      S.City,
      S.Cluster,
      S.Governance,
      S.Department,
      S.Target,
      S.ClusterCity,
      S.Belt,
      S.Site,
      S.FocusArea,
      S.ChainNode,
      S.ChainLink,
      S.Dependency,
      S.FiveOnes,
      S.Enterprise,
      S.Project,
      S.InnovationItem,
      S.PolicyDoc,
      S.ConsultingBody,
      S.Framework,
      S.ChainModel,
      S.BundleFile,
      S.GeoRef,
    ];
    const missing = schemas
      .flatMap((s) => Object.keys(s.shape))
      .filter((key) => !README.includes(`\`${key}\``));
    expect([...new Set(missing)]).toEqual([]);
  });
});
