/**
 * Place names the import reads a firm's city from when the 企业名录 gives a district, a county or an
 * address instead of one of the 21 prefecture cities.
 *
 * Source: 中华人民共和国民政部《中华人民共和国行政区划代码》(县级以上行政区划, Guangdong 4401xx–4453xx),
 * as also published in 国家统计局《统计用区划代码》. The table lists Guangdong's 122 county-level
 * divisions (市辖区, 县级市, 县, 自治县) in force since the 2018 changes (深圳 光明区); 东莞市 and 中山市
 * have no county level, so firms there resolve by the city name, an address or the credit code.
 * Township-level names (镇, 街道) are left out on purpose: ~1,600 of them, several shared between cities.
 *
 * Rows: [county-level adcode, official name]. The city is the code's first four digits + "00"
 * (440305 南山区 → 440300 深圳市), so no row can point at the wrong city by a typo in a second column.
 */
export const GD_DISTRICTS: readonly (readonly [code: string, name: string])[] = [
  // 广州市 440100
  ['440103', '荔湾区'],
  ['440104', '越秀区'],
  ['440105', '海珠区'],
  ['440106', '天河区'],
  ['440111', '白云区'],
  ['440112', '黄埔区'],
  ['440113', '番禺区'],
  ['440114', '花都区'],
  ['440115', '南沙区'],
  ['440117', '从化区'],
  ['440118', '增城区'],
  // 韶关市 440200
  ['440203', '武江区'],
  ['440204', '浈江区'],
  ['440205', '曲江区'],
  ['440222', '始兴县'],
  ['440224', '仁化县'],
  ['440229', '翁源县'],
  ['440232', '乳源瑶族自治县'],
  ['440233', '新丰县'],
  ['440281', '乐昌市'],
  ['440282', '南雄市'],
  // 深圳市 440300
  ['440303', '罗湖区'],
  ['440304', '福田区'],
  ['440305', '南山区'],
  ['440306', '宝安区'],
  ['440307', '龙岗区'],
  ['440308', '盐田区'],
  ['440309', '龙华区'],
  ['440310', '坪山区'],
  ['440311', '光明区'],
  // 珠海市 440400
  ['440402', '香洲区'],
  ['440403', '斗门区'],
  ['440404', '金湾区'],
  // 汕头市 440500
  ['440507', '龙湖区'],
  ['440511', '金平区'],
  ['440512', '濠江区'],
  ['440513', '潮阳区'],
  ['440514', '潮南区'],
  ['440515', '澄海区'],
  ['440523', '南澳县'],
  // 佛山市 440600
  ['440604', '禅城区'],
  ['440605', '南海区'],
  ['440606', '顺德区'],
  ['440607', '三水区'],
  ['440608', '高明区'],
  // 江门市 440700
  ['440703', '蓬江区'],
  ['440704', '江海区'],
  ['440705', '新会区'],
  ['440781', '台山市'],
  ['440783', '开平市'],
  ['440784', '鹤山市'],
  ['440785', '恩平市'],
  // 湛江市 440800
  ['440802', '赤坎区'],
  ['440803', '霞山区'],
  ['440804', '坡头区'],
  ['440811', '麻章区'],
  ['440823', '遂溪县'],
  ['440825', '徐闻县'],
  ['440881', '廉江市'],
  ['440882', '雷州市'],
  ['440883', '吴川市'],
  // 茂名市 440900
  ['440902', '茂南区'],
  ['440904', '电白区'],
  ['440981', '高州市'],
  ['440982', '化州市'],
  ['440983', '信宜市'],
  // 肇庆市 441200
  ['441202', '端州区'],
  ['441203', '鼎湖区'],
  ['441204', '高要区'],
  ['441223', '广宁县'],
  ['441224', '怀集县'],
  ['441225', '封开县'],
  ['441226', '德庆县'],
  ['441284', '四会市'],
  // 惠州市 441300
  ['441302', '惠城区'],
  ['441303', '惠阳区'],
  ['441322', '博罗县'],
  ['441323', '惠东县'],
  ['441324', '龙门县'],
  // 梅州市 441400
  ['441402', '梅江区'],
  ['441403', '梅县区'],
  ['441422', '大埔县'],
  ['441423', '丰顺县'],
  ['441424', '五华县'],
  ['441426', '平远县'],
  ['441427', '蕉岭县'],
  ['441481', '兴宁市'],
  // 汕尾市 441500
  ['441502', '城区'],
  ['441521', '海丰县'],
  ['441523', '陆河县'],
  ['441581', '陆丰市'],
  // 河源市 441600
  ['441602', '源城区'],
  ['441621', '紫金县'],
  ['441622', '龙川县'],
  ['441623', '连平县'],
  ['441624', '和平县'],
  ['441625', '东源县'],
  // 阳江市 441700
  ['441702', '江城区'],
  ['441704', '阳东区'],
  ['441721', '阳西县'],
  ['441781', '阳春市'],
  // 清远市 441800
  ['441802', '清城区'],
  ['441803', '清新区'],
  ['441821', '佛冈县'],
  ['441823', '阳山县'],
  ['441825', '连山壮族瑶族自治县'],
  ['441826', '连南瑶族自治县'],
  ['441881', '英德市'],
  ['441882', '连州市'],
  // 潮州市 445100
  ['445102', '湘桥区'],
  ['445103', '潮安区'],
  ['445122', '饶平县'],
  // 揭阳市 445200
  ['445202', '榕城区'],
  ['445203', '揭东区'],
  ['445222', '揭西县'],
  ['445224', '惠来县'],
  ['445281', '普宁市'],
  // 云浮市 445300
  ['445302', '云城区'],
  ['445303', '云安区'],
  ['445321', '新兴县'],
  ['445322', '郁南县'],
  ['445381', '罗定市'],
];

/**
 * Names of divisions abolished since 2014 that older registers and addresses still use, with their
 * former codes (same source, earlier editions): 萝岗区 merged into 黄埔区 (2014), 茂港区 into 电白区
 * (2014). Renamed-by-suffix ones (从化市 → 从化区, 梅县 → 梅县区 …) need no row: names are also
 * matched without their 区/县/市 suffix.
 */
export const GD_FORMER_DISTRICTS: readonly (readonly [code: string, name: string])[] = [
  ['440116', '萝岗区'],
  ['440903', '茂港区'],
];

/**
 * Names too generic to find inside an address: 汕尾's 城区 also reads as "the urban area" (老城区,
 * 市城区). It still resolves when a district cell holds exactly that name.
 */
export const NOT_IN_ADDRESSES: ReadonlySet<string> = new Set(['城区']);

/**
 * The 21 cities, for callers that have no loaded dataset at hand (tests, the parse worker before the
 * dataset arrives). data/cities.json is authoritative; test/unit/import/resolveCity.test.ts checks
 * this copy against it.
 */
export const GD_CITIES: readonly { adcode: string; name: { zh: string; en: string } }[] = [
  ['440100', '广州市', 'Guangzhou'],
  ['440200', '韶关市', 'Shaoguan'],
  ['440300', '深圳市', 'Shenzhen'],
  ['440400', '珠海市', 'Zhuhai'],
  ['440500', '汕头市', 'Shantou'],
  ['440600', '佛山市', 'Foshan'],
  ['440700', '江门市', 'Jiangmen'],
  ['440800', '湛江市', 'Zhanjiang'],
  ['440900', '茂名市', 'Maoming'],
  ['441200', '肇庆市', 'Zhaoqing'],
  ['441300', '惠州市', 'Huizhou'],
  ['441400', '梅州市', 'Meizhou'],
  ['441500', '汕尾市', 'Shanwei'],
  ['441600', '河源市', 'Heyuan'],
  ['441700', '阳江市', 'Yangjiang'],
  ['441800', '清远市', 'Qingyuan'],
  ['441900', '东莞市', 'Dongguan'],
  ['442000', '中山市', 'Zhongshan'],
  ['445100', '潮州市', 'Chaozhou'],
  ['445200', '揭阳市', 'Jieyang'],
  ['445300', '云浮市', 'Yunfu'],
].map(([adcode, zh, en]) => ({ adcode: adcode as string, name: { zh: zh as string, en: en as string } }));

/**
 * Province-level divisions by the first two digits of their code (same source), so a firm in 北京市
 * or with a credit code 91110000… is reported as outside the map rather than as an unknown place.
 */
export const PROVINCES: ReadonlyMap<string, string> = new Map([
  ['11', '北京市'],
  ['12', '天津市'],
  ['13', '河北省'],
  ['14', '山西省'],
  ['15', '内蒙古自治区'],
  ['21', '辽宁省'],
  ['22', '吉林省'],
  ['23', '黑龙江省'],
  ['31', '上海市'],
  ['32', '江苏省'],
  ['33', '浙江省'],
  ['34', '安徽省'],
  ['35', '福建省'],
  ['36', '江西省'],
  ['37', '山东省'],
  ['41', '河南省'],
  ['42', '湖北省'],
  ['43', '湖南省'],
  ['44', '广东省'],
  ['45', '广西壮族自治区'],
  ['46', '海南省'],
  ['50', '重庆市'],
  ['51', '四川省'],
  ['52', '贵州省'],
  ['53', '云南省'],
  ['54', '西藏自治区'],
  ['61', '陕西省'],
  ['62', '甘肃省'],
  ['63', '青海省'],
  ['64', '宁夏回族自治区'],
  ['65', '新疆维吾尔自治区'],
  ['71', '台湾省'],
  ['81', '香港特别行政区'],
  ['82', '澳门特别行政区'],
]);
