/** Which files open the import wizard: spreadsheets, and CSVs with someone else's headers. */
import { describe, expect, it } from 'vitest';
import { isOwnCsvHeader, routeFiles } from '../../../src/import/routeFiles.ts';

const file = (name: string, text: string | Uint8Array<ArrayBuffer>) => new File([text], name);

describe('routing a person’s files', () => {
  it('knows our own enterprise CSV header in English or Chinese, any delimiter', () => {
    expect(isOwnCsvHeader('name,city,cluster,segment,tier,source')).toBe(true);
    expect(isOwnCsvHeader('企业名称;城市;集群;环节;梯队;来源')).toBe(true);
    expect(isOwnCsvHeader('"name"\t"city"\t"cluster"\t"segment"\t"tier"\t"source"\t"name_en"')).toBe(true);
    expect(isOwnCsvHeader('序号,企业名称,所在地市,统一社会信用代码,主营产品')).toBe(false);
  });

  it('sends spreadsheets and foreign CSVs to the wizard, our CSV and JSON straight to the loader', async () => {
    const ours = file(
      'mine.csv',
      '\uFEFFname,city,cluster,segment,tier,source\n甲,440300,robotics,seg-body,other,src-x\n',
    );
    const foreign = file('名录.csv', '广东省企业名录\n序号,企业名称,所在地市\n1,示例公司,深圳\n');
    const sheet = file('名录.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]) as Uint8Array<ArrayBuffer>);
    const json = file('cluster.json', '{"cluster":{}}');
    const { wizard, direct } = await routeFiles([ours, foreign, sheet, json]);
    expect(wizard.map((f) => f.name)).toEqual(['名录.csv', '名录.xlsx']);
    expect(direct.map((f) => f.name)).toEqual(['mine.csv', 'cluster.json']);
  });
});
