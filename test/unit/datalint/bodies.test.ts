import { describe, expect, it } from 'vitest';
import { lintDepartments, readBodies } from '../../../src/datalint/bodies.ts';
import { sampleCluster, sampleContext } from './helpers.ts';

const dept = (zh: string, en: string) => ({ name: { zh, en }, sources: ['src-plan'] });

describe('lintDepartments', () => {
  it('fires on a short form and on a non-canonical English name, naming the canonical spelling', () => {
    const cluster = sampleCluster((c) => {
      c.governance.leadDepartments = [
        dept('省工业和信息化厅', 'Provincial Department of Industry and Information Technology'),
      ];
    });
    const findings = lintDepartments(sampleContext([cluster]));
    expect(findings.map((f) => [f.rule, f.record, f.field])).toEqual([
      ['department-spelling', 'sample leadDepartments[0]', 'cluster.governance.leadDepartments[0].name.zh'],
      ['department-spelling', 'sample leadDepartments[0]', 'cluster.governance.leadDepartments[0].name.en'],
    ]);
    expect(findings[0]?.fix).toContain('广东省工业和信息化厅');
    expect(findings[1]?.fix).toContain(
      'Department of Industry and Information Technology of Guangdong Province',
    );
  });

  it('fires on a department that is not in the registry', () => {
    const cluster = sampleCluster((c) => {
      c.governance.supportingDepartments = [dept('省体育局', 'Provincial Sports Bureau')];
    });
    const [f] = lintDepartments(sampleContext([cluster]));
    expect(f?.message).toContain('not in the registry');
    expect(f?.fix).toContain('bodies.json');
  });

  it('checks policy issuers too', () => {
    const cluster = sampleCluster((c) => {
      c.fiveOnes.policies = [
        { id: 'pol-a', title: { zh: '甲', en: 'A' }, issuers: ['省发展改革委'], sources: ['src-plan'] },
      ];
    });
    const [f] = lintDepartments(sampleContext([cluster]));
    expect(f).toMatchObject({ record: 'pol-a', field: 'cluster.fiveOnes.policies[0].issuers[0]' });
    expect(f?.fix).toContain('广东省发展和改革委员会');
  });

  it('passes canonical names', () => {
    const cluster = sampleCluster((c) => {
      c.governance.leadDepartments = [
        dept(
          '广东省工业和信息化厅',
          'Department of Industry and Information Technology of Guangdong Province',
        ),
      ];
      c.fiveOnes.policies = [
        {
          id: 'pol-a',
          title: { zh: '甲', en: 'A' },
          issuers: ['广东省发展和改革委员会'],
          sources: ['src-plan'],
        },
      ];
    });
    expect(lintDepartments(sampleContext([cluster]))).toEqual([]);
  });
});

describe('readBodies', () => {
  it('reports a malformed registry and a form claimed by two bodies', () => {
    expect(readBodies({ schemaVersion: 1, bodies: [{ id: 'x', zh: '甲' }] }).findings[0]?.rule).toBe(
      'bodies-registry',
    );
    const twice = readBodies({
      schemaVersion: 1,
      bodies: [
        { id: 'a', zh: '广东省甲厅', en: 'A', short: ['甲厅'] },
        { id: 'b', zh: '广东省乙厅', en: 'B', short: ['甲厅'] },
      ],
    });
    expect(twice.findings.map((f) => f.message)).toEqual(['"甲厅" is listed for both "a" and "b"']);
  });
});
