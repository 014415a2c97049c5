/**
 * Every cluster, focus area and city-role pair the source article names is in data/clusters/*.json.
 * The expectations are written out here by hand from the project's source digest (§2: the 20
 * clusters, their focus areas and places, as the 2021 article states them); this test never reads
 * the digest itself. Regions are expanded to their cities (珠三角核心区 = the 9 PRD cities, etc.).
 *
 * Matching rules:
 *  - cluster: name.zh (or a nameVariant) contains the digest's name;
 *  - focus area: some focusArea's name.zh contains the expected words, ignoring spaces and quotes;
 *    for words of 4+ characters it is also enough that they appear in order, because the article's
 *    full wording inserts words the digest leaves out (环境[保护]监测处理设备, EDA[软件]国产化);
 *  - place: cluster.cities has the adcode; where the digest gives a group its own role (研发 广州/深圳
 *    vs 生产基地 珠海…), the adcode must appear with one of the `roles` or a roleLabel containing `label`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CityRole, Cluster } from '../../../src/data/schema.ts';
import { ROOT } from './helpers.ts';

const CITY: Record<string, string> = {
  广州: '440100',
  韶关: '440200',
  深圳: '440300',
  珠海: '440400',
  汕头: '440500',
  佛山: '440600',
  江门: '440700',
  湛江: '440800',
  茂名: '440900',
  肇庆: '441200',
  惠州: '441300',
  梅州: '441400',
  汕尾: '441500',
  河源: '441600',
  阳江: '441700',
  清远: '441800',
  东莞: '441900',
  中山: '442000',
  潮州: '445100',
  揭阳: '445200',
  云浮: '445300',
};
const PRD = ['广州', '深圳', '珠海', '佛山', '惠州', '东莞', '中山', '江门', '肇庆'];
const EAST = ['汕头', '汕尾', '揭阳', '潮州'];
const WEST = ['湛江', '茂名', '阳江'];
const NORTH = ['韶关', '梅州', '清远', '河源', '云浮'];
const OUTSIDE_PRD = [...EAST, ...WEST, ...NORTH]; // 粤东粤西粤北
const COASTAL = [...EAST, ...WEST]; // 沿海经济带

interface Place {
  cities: string[];
  roles?: CityRole[];
  label?: string;
}
interface Expected {
  id: string;
  zh: string;
  focus: string[];
  places: Place[];
}

const split = (s: string) => s.split('、');

const EXPECTED: Expected[] = [
  {
    id: 'electronics',
    zh: '新一代电子信息',
    // 解决"缺芯少核" is the goal the digest states, not a focus area.
    focus: split(
      '新一代通信设备、新型网络、手机与新型智能终端、高端半导体元器件、物联网传感器、新一代信息技术创新应用',
    ),
    // 珠江东岸电子信息产业带 names no member cities in the digest: not expanded here.
    places: [{ cities: OUTSIDE_PRD, roles: ['supporting'], label: '配套' }],
  },
  {
    id: 'petrochem',
    zh: '绿色石化',
    focus: [
      ...split('炼油化工'),
      ...split('有机原料、电子化学品、精细化工'),
      ...split('高性能合成材料、功能性材料、可降解材料'),
    ],
    places: [{ cities: ['湛江', '茂名', '广州', '惠州', '揭阳'] }],
  },
  {
    id: 'smart-appliances',
    zh: '智能家电',
    focus: [...split('空调、冰箱、电饭锅、微波炉'), ...split('电视机、照明灯饰'), '互联网融合'],
    places: [
      { cities: ['广州', '深圳', '佛山'], roles: ['innovation', 'rnd'], label: '创新' },
      {
        cities: ['深圳', '珠海', '佛山', '惠州', '中山', '湛江'],
        roles: ['manufacturing', 'production'],
        label: '制造',
      },
    ],
  },
  {
    id: 'automotive',
    zh: '汽车',
    focus: [...split('传统与新能源汽车、智能网联'), '关键零部件配套', '自主品牌'],
    places: [{ cities: ['广州', '深圳', '珠海', '佛山', '肇庆'] }],
  },
  {
    id: 'advanced-materials',
    zh: '先进材料',
    focus: split('现代建筑材料、绿色钢铁、有色金属、化工材料、稀土材料'),
    places: [
      {
        cities: [
          '广州',
          '深圳',
          '珠海',
          '佛山',
          '韶关',
          '惠州',
          '东莞',
          '阳江',
          '湛江',
          '茂名',
          '肇庆',
          '清远',
          '云浮',
        ],
      },
    ],
  },
  {
    id: 'light-textile',
    zh: '现代轻工纺织',
    focus: split('纺织服装、塑料、皮革、日化、五金、家具、造纸、工艺美术'),
    places: [
      { cities: ['广州', '深圳'], roles: ['innovation'], label: '创新创意' },
      // 制造: 沿海经济带 (and 特色产业集聚地, which names no city)
      { cities: COASTAL, roles: ['manufacturing', 'production'], label: '制造' },
    ],
  },
  {
    id: 'software',
    zh: '软件与信息服务',
    // "CAD、EDA 工业软件" and "大数据、人工智能、区块链平台软件" share their last words: the items are CAD, EDA, 大数据 …
    focus: [...split('操作系统、数据库、中间件、办公软件'), 'CAD', 'EDA', '大数据', '人工智能', '区块链'],
    places: [
      { cities: ['广州', '深圳'], roles: ['core'], label: '软件名城' },
      { cities: ['珠海', '佛山', '惠州', '东莞', '云浮'], label: '特色软件' },
    ],
  },
  {
    id: 'uhd-display',
    zh: '超高清视频显示',
    focus: [
      ...split('OLED、AMOLED、MicroLED、QLED、印刷显示、量子点、柔性显示、石墨烯显示'),
      ...split('摄录设备、核心芯片、内容制作、编解码、信号传输、终端显示'),
    ],
    places: [
      { cities: PRD, roles: ['core'], label: '珠三角' },
      { cities: [...COASTAL, ...NORTH], roles: ['supporting'], label: '配套' },
    ],
  },
  {
    id: 'biomedicine',
    zh: '生物医药与健康',
    focus: [
      ...split('精准医疗、智慧医疗、海洋医药、医养融合'),
      ...split('岭南中药、化学药、生物药、高端医疗器械、生物医用材料、体外诊断、医疗服务、公共卫生'),
      ...split('精准医学与干细胞、新药创制、生物安全、生物制造'),
    ],
    // 化学原料药基地 and 道地药材/岭南中药材基地 name no city in the digest.
    places: [
      {
        cities: ['广州', '深圳', '珠海', '佛山', '惠州', '东莞', '中山'],
        roles: ['innovation', 'agglomeration'],
        label: '创新',
      },
    ],
  },
  {
    id: 'agri-food',
    zh: '现代农业与食品',
    focus: [
      ...split('粮食、岭南水果、蔬菜、畜禽、水产、南药、饲料、特色食品及饮料、花卉、茶叶、现代种业、调味品'),
      ...split('菠萝、荔枝、柚子、生猪、深海网箱养殖'), // 茶叶 is listed twice in the digest
      ...split('烘焙、凉果、糖果、腊味、特殊膳食'),
      ...split('中央厨房、即食、速冻'),
    ],
    places: [], // "一县一园、一镇一业、一村一品": no city named
  },
  {
    id: 'semiconductors',
    zh: '半导体与集成电路',
    // "特色工艺制程与先进工艺制程生产线" names two production lines.
    focus: ['第三代半导体芯片', 'EDA 国产化', '特色工艺制程', '先进工艺制程生产线', '先进封装测试'],
    places: [
      { cities: ['广州', '深圳', '珠海'], roles: ['rnd'], label: '芯片设计' },
      { cities: ['广州', '深圳'], roles: ['manufacturing', 'production'], label: '特色工艺' },
      { cities: ['深圳', '珠海', '东莞'], label: '第三代半导体' },
    ],
  },
  {
    id: 'high-end-equipment',
    zh: '高端装备制造',
    focus: [
      ...split('高端数控机床、航空装备、卫星及应用、轨道交通装备、海洋工程装备'),
      ...split('高速高精、多轴联动'),
    ],
    places: [{ cities: ['广州', '深圳', '珠海', '佛山', '东莞', '中山', '江门', '阳江'] }],
  },
  {
    id: 'robotics',
    zh: '智能机器人',
    focus: [
      ...split('工业机器人、服务机器人、特种机器人、无人机、无人船'),
      ...split('减速器、伺服电机和系统、控制器'),
    ],
    places: [
      { cities: ['广州', '深圳'], roles: ['rnd', 'innovation'], label: '研发' },
      { cities: ['珠海', '佛山', '东莞', '中山'], roles: ['production', 'manufacturing'], label: '生产' },
      {
        cities: Object.keys(CITY).filter(
          (c) => !['广州', '深圳', '珠海', '佛山', '东莞', '中山'].includes(c),
        ),
        roles: ['supporting'],
        label: '配套',
      },
    ],
  },
  {
    id: 'blockchain-quantum',
    zh: '区块链与量子信息',
    focus: [
      ...split('共识机制、智能合约、加密算法、跨链'),
      ...split('量子计算、量子精密测量与计量、量子网络'),
    ],
    places: [{ cities: ['广州', '深圳', '珠海', '佛山', '东莞'] }],
  },
  {
    id: 'frontier-materials',
    zh: '前沿新材料',
    focus: split(
      '低维及纳米材料、先进半导体材料、电子新材料、先进金属材料、高性能复合材料、新能源材料、生物医用材料',
    ),
    places: [{ cities: ['广州', '深圳', '珠海', '佛山', '韶关', '东莞', '湛江', '清远', '潮州'] }],
  },
  {
    id: 'new-energy',
    zh: '新能源',
    focus: [...split('先进核能、海上风电、太阳能'), '氢能', '生物质能'],
    // 沿海新能源产业带 names no member cities in the digest: not expanded here.
    places: [
      { cities: ['阳江'], label: '海上风电' },
      { cities: PRD, roles: ['agglomeration', 'manufacturing'], label: '太阳能' },
      { cities: ['广州', '深圳', '佛山', '湛江', '茂名', '云浮'], label: '氢能' },
    ],
  },
  {
    id: 'laser-am',
    zh: '激光与增材制造',
    focus: [
      ...split('高性能激光器与装备、增材制造装备与系统、应用技术与服务'),
      ...split('基础与专用材料、关键器件'),
    ],
    places: [
      { cities: ['广州', '深圳'], roles: ['core'], label: '核心' },
      { cities: ['珠海', '佛山', '惠州', '东莞', '中山', '江门'], roles: ['agglomeration'], label: '集聚' },
    ],
  },
  {
    id: 'digital-creative',
    zh: '数字创意',
    focus: [
      ...split('5G、AI、大数据、VR/AR'),
      ...split('游戏、动漫、设计服务'),
      ...split('电竞、直播、短视频'),
    ],
    places: [
      { cities: ['广州', '深圳'], roles: ['core'], label: '双核' },
      { cities: ['珠海', '汕头', '佛山', '东莞', '中山'], roles: ['agglomeration', 'member'], label: '多点' },
    ],
  },
  {
    id: 'safety-env',
    zh: '安全应急与环保',
    focus: split(
      '监测预警设备、救援特种装备、应急物资、高效节能电气设备、绿色建材、环境监测处理设备、固体废物综合利用、污水治理、服务',
    ),
    places: [
      { cities: PRD, roles: ['rnd', 'innovation'], label: '研发' },
      { cities: OUTSIDE_PRD, roles: ['manufacturing', 'production'], label: '制造' },
    ],
  },
  {
    id: 'precision-instruments',
    zh: '精密仪器设备',
    focus: [
      ...split('工业自动化测控仪器与系统、大型精密科学测试分析仪器、高端信息计测与电测仪器'),
      ...split('传感、测量、控制、数据采集'),
    ],
    places: [
      { cities: PRD, roles: ['core'], label: '珠三角' },
      { cities: [...EAST, ...NORTH], roles: ['supporting', 'member'], label: '错位' },
    ],
  },
];

const clean = (s: string) => s.replace(/[\s"“”'‘’「」]/g, '');

/** `needle`'s characters appear in `hay` in order (用 for the digest's shortened wording). */
function inOrder(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

function focusMatches(expected: string, name: string): boolean {
  const e = clean(expected);
  const n = clean(name);
  return n.includes(e) || (e.length >= 4 && inOrder(e, n));
}

function loadClusters(): Map<string, Cluster> {
  const dir = join(ROOT, 'data', 'clusters');
  const out = new Map<string, Cluster>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { cluster?: Cluster };
    if (file.cluster?.id) out.set(file.cluster.id, file.cluster);
  }
  return out;
}

describe('source digest coverage', () => {
  const clusters = loadClusters();

  it('the expectations cover the 20 clusters and 21 cities', () => {
    expect(EXPECTED.map((e) => e.id)).toHaveLength(20);
    expect(new Set(Object.values(CITY)).size).toBe(21);
    expect([...PRD, ...OUTSIDE_PRD].sort()).toEqual(Object.keys(CITY).sort());
  });

  it.each(EXPECTED.map((e) => [e.id, e] as const))('%s', (_id, expected) => {
    const cluster = clusters.get(expected.id);
    expect(cluster, `data/clusters has no cluster "${expected.id}"`).toBeDefined();
    if (!cluster) return;
    const missing: string[] = [];

    if (![cluster.name.zh, ...(cluster.nameVariants ?? [])].some((n) => n.includes(expected.zh)))
      missing.push(`name: ${expected.zh} (found ${cluster.name.zh})`);

    const names = (cluster.focusAreas ?? []).map((f) => f.name.zh);
    for (const words of new Set(expected.focus))
      if (!names.some((n) => focusMatches(words, n))) missing.push(`focus area: ${words}`);

    for (const place of expected.places) {
      const constrained = place.roles !== undefined || place.label !== undefined;
      for (const city of place.cities) {
        const code = CITY[city];
        const entries = (cluster.cities ?? []).filter((c) => c.adcode === code);
        if (entries.length === 0) missing.push(`city: ${city} ${code}`);
        else if (
          constrained &&
          !entries.some(
            (c) =>
              place.roles?.includes(c.role) ||
              (place.label !== undefined && c.roleLabel?.zh.includes(place.label)),
          )
        )
          missing.push(`role of ${city} ${code}: ${place.roles?.join('|') ?? ''} / 「${place.label ?? ''}」`);
      }
    }
    expect(missing).toEqual([]);
  });
});
