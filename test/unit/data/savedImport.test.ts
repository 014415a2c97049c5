/** An imported list kept in this browser on request: saved, read back only if it still fits, forgotten. */
import { afterEach, describe, expect, it } from 'vitest';
import { forgetImport, hasSavedImport, loadSavedImport, saveImport } from '../../../src/data/savedImport.ts';

const input = {
  kind: 'enterprises' as const,
  file: '名录.xlsx',
  additions: [
    {
      clusterId: 'robotics',
      row: 5,
      enterprise: {
        id: 'u-minglu-5',
        name: { zh: '示例机器人有限公司', en: '示例机器人有限公司' },
        tier: 'other' as const,
        cities: ['440300'],
        segments: ['seg-body'],
        segmentsEditorial: true,
        verified: false,
        sources: ['src-import-minglu'],
        note: { zh: '名录.xlsx › Sheet1 › 第5行', en: '名录.xlsx › Sheet1 › row 5' },
      },
    },
  ],
  sources: [
    { id: 'src-import-minglu', title: '名录.xlsx', publisher: '本人导入', level: 'editorial' as const },
  ],
};

describe('a saved import', () => {
  afterEach(() => forgetImport());

  it('round-trips through this browser’s storage and is forgotten on request', () => {
    expect(loadSavedImport()).toBeNull();
    expect(saveImport(input, new Date('2026-12-06T10:00:00Z'))).toBe(true);
    expect(hasSavedImport()).toBe(true);
    const back = loadSavedImport();
    expect(back?.file).toBe('名录.xlsx');
    expect(back?.savedAt).toBe('2026-12-06T10:00:00.000Z');
    expect(back?.additions[0]?.enterprise.name.zh).toBe('示例机器人有限公司');
    forgetImport();
    expect(hasSavedImport()).toBe(false);
    expect(loadSavedImport()).toBeNull();
  });

  it('ignores what was tampered with or no longer fits the schema', () => {
    localStorage.setItem(
      'chainatlas.import.v1',
      '{"version":1,"file":"x","savedAt":"","additions":[{"clusterId":"a","row":1,"enterprise":{"id":"BAD ID"}}],"sources":[]}',
    );
    expect(loadSavedImport()).toBeNull();
    localStorage.setItem('chainatlas.import.v1', 'not json');
    expect(loadSavedImport()).toBeNull();
  });
});
