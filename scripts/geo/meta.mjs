// Attribute tables for the boundary build. Geometry comes from echarts; names in English and the
// region grouping do not, so they live here. Regions follow the 2019 一核一带一区 scheme
// (the same grouping as data/cities.json; the build deliberately does not read that file so the
// boundaries stay a standalone artefact that a dataset can replace).

/** @typedef {'prd' | 'coastal-east' | 'coastal-west' | 'north'} Region */

export const REGIONS = ['prd', 'coastal-east', 'coastal-west', 'north'];

/** adcode → [name_zh, name_en, region]. name_zh must equal echarts' `name` (checked at build time). */
export const CITIES = {
  440100: ['广州市', 'Guangzhou', 'prd'],
  440200: ['韶关市', 'Shaoguan', 'north'],
  440300: ['深圳市', 'Shenzhen', 'prd'],
  440400: ['珠海市', 'Zhuhai', 'prd'],
  440500: ['汕头市', 'Shantou', 'coastal-east'],
  440600: ['佛山市', 'Foshan', 'prd'],
  440700: ['江门市', 'Jiangmen', 'prd'],
  440800: ['湛江市', 'Zhanjiang', 'coastal-west'],
  440900: ['茂名市', 'Maoming', 'coastal-west'],
  441200: ['肇庆市', 'Zhaoqing', 'prd'],
  441300: ['惠州市', 'Huizhou', 'prd'],
  441400: ['梅州市', 'Meizhou', 'north'],
  441500: ['汕尾市', 'Shanwei', 'coastal-east'],
  441600: ['河源市', 'Heyuan', 'north'],
  441700: ['阳江市', 'Yangjiang', 'coastal-west'],
  441800: ['清远市', 'Qingyuan', 'north'],
  441900: ['东莞市', 'Dongguan', 'prd'],
  442000: ['中山市', 'Zhongshan', 'prd'],
  445100: ['潮州市', 'Chaozhou', 'coastal-east'],
  445200: ['揭阳市', 'Jieyang', 'coastal-east'],
  445300: ['云浮市', 'Yunfu', 'north'],
};

/**
 * Context shapes drawn around Guangdong, each dissolved to one feature.
 * `exclude` drops features before dissolving: 三沙市 reaches 3.8°N and has no place in this view.
 */
export const CONTEXT = [
  { id: 'fujian', source: 'fujian', name_zh: '福建', name_en: 'Fujian', kind: 'province', exclude: [] },
  { id: 'guangxi', source: 'guangxi', name_zh: '广西', name_en: 'Guangxi', kind: 'province', exclude: [] },
  {
    id: 'hainan',
    source: 'hainan',
    name_zh: '海南',
    name_en: 'Hainan',
    kind: 'province',
    exclude: ['460300'],
  },
  { id: 'hongkong', source: 'xianggang', name_zh: '香港', name_en: 'Hong Kong', kind: 'sar', exclude: [] },
  { id: 'hunan', source: 'hunan', name_zh: '湖南', name_en: 'Hunan', kind: 'province', exclude: [] },
  { id: 'jiangxi', source: 'jiangxi', name_zh: '江西', name_en: 'Jiangxi', kind: 'province', exclude: [] },
  { id: 'macau', source: 'aomen', name_zh: '澳门', name_en: 'Macau', kind: 'sar', exclude: [] },
];

/** Context features are clipped to this lng/lat box (minX, minY, maxX, maxY). */
export const CONTEXT_BBOX = [107.5, 18, 119.5, 27];
