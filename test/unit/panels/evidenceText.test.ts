import { describe, expect, it } from 'vitest';
import { EVIDENCE_NAMES, evidenceText } from '../../../src/panels/gaps/evidenceText.ts';

const names = new Map([
  ['firm-1', '广州石化'],
  ['firm-2', '茂名石化'],
]);
const titles = new Map([['src-1', '广东省发展现代化工产业集群行动计划']]);
const input = (records: string[], sources: string[] = []) => ({
  records,
  sources,
  recordName: (id: string) => names.get(id),
  sourceTitle: (id: string) => titles.get(id),
});

describe('a gap’s evidence line', () => {
  it('names the records and sources, each by its name where it has one', () => {
    expect(evidenceText('zh', input(['firm-1', 'firm-2', 'firm-x'], ['src-1']))).toBe(
      '依据：记录 广州石化、茂名石化、firm-x；来源 广东省发展现代化工产业集群行动计划',
    );
    expect(evidenceText('en', input(['firm-1'], ['src-1', 'src-2']))).toBe(
      'Evidence: records 广州石化; sources 广东省发展现代化工产业集群行动计划; src-2',
    );
    expect(evidenceText('zh', input([], ['src-1']))).toBe('依据：来源 广东省发展现代化工产业集群行动计划');
    expect(evidenceText('zh', input([]))).toBeNull();
  });

  it('names the first few of thousands of records and says how many there are', () => {
    const many = Array.from({ length: 2093 }, (_, i) => `firm-${i + 1}`);
    const zh = evidenceText('zh', input(many)) ?? '';
    expect(zh.endsWith('等 2,093 条')).toBe(true);
    expect(zh.split('、')).toHaveLength(EVIDENCE_NAMES);
    expect(zh).toContain('广州石化、茂名石化、firm-3');
    expect(zh).not.toContain(`firm-${EVIDENCE_NAMES + 1}、`);
    expect(zh.length).toBeLessThan(200);
    const en = evidenceText('en', input(many)) ?? '';
    expect(en.endsWith(`and ${(2093 - EVIDENCE_NAMES).toLocaleString('en')} more`)).toBe(true);
    // Exactly the limit: all named, nothing counted.
    const ten = many.slice(0, EVIDENCE_NAMES);
    expect(evidenceText('zh', input(ten))).not.toContain('等');
  });
});
