/**
 * The provinces' chain-file templates (广东 五个一, 浙江 九个一, 山东 1个图谱+N张清单, 河南; items as in
 * data/models.json) read over one cluster's records: per item its completeness, count and records.
 * The mapping to our records is ours (rules below); `no-field`: our format has no field for the item;
 * `not-public`: the sources leave it unnamed. Pure.
 */
import type { Cluster, Localized } from '../data/schema.ts';
import { TEMPLATES, type TemplateId } from '../state/viewState.ts';

export const ITEM_STATES = ['filled', 'partial', 'empty', 'not-public', 'no-field'] as const;
export type TemplateItemState = (typeof ITEM_STATES)[number];

export interface TemplateItem {
  key: string;
  label: Localized;
  state: TemplateItemState;
  count: number;
  /** One line: what the cluster's file has for the item and what it lacks. */
  detail: Localized;
  /** Ids of the records counted: record ids, chain node ids, belt ids or city adcodes. */
  recordIds: string[];
}
export interface TemplateReport {
  id: TemplateId;
  name: Localized;
  place: Localized;
  items: TemplateItem[];
  summary: Record<TemplateItemState, number>;
}

type Rule = (f: Facts) => Omit<TemplateItem, 'key' | 'label'>;

const L = (zh: string, en: string): Localized => ({ zh, en });

/** What the rules count, each with the label its count is shown under. */
const PARTS = {
  leaders: L('链主/龙头企业', 'chain-leader or leading firms'),
  champions: L('“隐形冠军”企业', 'hidden champions'),
  suppliers: L('“隐形冠军”/专精特新企业', 'hidden champions or specialized firms'),
  untiered: L('未分层级的企业', 'firms with no tier'),
  projects: L('重点项目', 'key projects'),
  innovation: L('创新载体', 'innovation bodies'),
  commonTech: L('平台/创新中心', 'platforms or innovation centres'),
  otherInnovation: L('其他创新载体', 'other innovation bodies'),
  plans: L('集群行动计划', 'cluster action plans'),
  policies: L('政策文件', 'policy documents'),
  otherPolicies: L('行动计划以外的政策文件', 'policy documents besides the action plans'),
  consulting: L('战略咨询支撑机构', 'strategic consulting bodies'),
  nodes: L('链上节点', 'chain nodes'),
  strong: L('标为锻长板的节点', 'nodes marked strong'),
  weak: L('标为补短板/补链的节点', 'nodes marked weak or missing'),
  roadmapOpen: L('待攻关的技术路线图条目', 'roadmap items still to master'),
  roadmap: L('技术路线图条目', 'roadmap items'),
  candFirms: L('对接候选企业', 'candidate firms'),
  candInstitutions: L('对接候选科研机构', 'candidate institutions'),
  candFunds: L('对接候选基金', 'candidate funds'),
  belts: L('产业带/基地/园区', 'belts, bases or parks'),
  spaces: L('产业带/基地/园区', 'belts, bases or parks'),
  cities: L('布局城市', 'cities in the layout'),
  links: L('节点间关系', 'links between nodes'),
  lead: L('牵头部门', 'lead departments'),
  supporting: L('配合部门', 'supporting departments'),
  leader: L('链长', 'chain leader'),
} as const;
type PartKey = keyof typeof PARTS;
type CountKey = 'links' | 'lead' | 'supporting' | 'leader';
type ListKey = Exclude<PartKey, CountKey>;

/** What the rules read, gathered once per cluster. */
interface Facts {
  ids: Record<ListKey, string[]>;
  counts: Record<CountKey, number>;
  innovationKinds: number;
  unstated: number;
  leader: Cluster['governance']['linkedLeader'];
}

const pick = <T extends { id: string }>(list: readonly T[], keep: (x: T) => boolean = () => true) =>
  list.filter(keep).map((x) => x.id);
const distinct = (list: readonly { name: Localized }[]) => new Set(list.map((d) => d.name.zh)).size;
/** A policy with a plan period is a cluster 行动计划; the rest are other policy documents. */
const inPlan = (p: { planVersion?: string }) =>
  p.planVersion === '2021-2025' || p.planVersion === '2023-2025';
/** A platform or an innovation centre stands for a 共性技术 platform; labs, parks and the rest do not. */
const commonTech = (i: { kind: string }) => i.kind === 'platform' || i.kind === 'centre';

function factsOf(c: Cluster): Facts {
  const { enterprises: firms, innovation, policies } = c.fiveOnes;
  const nodes = c.chain.nodes;
  const tier = (...tiers: string[]) => pick(firms, (e) => tiers.includes(e.tier));
  const cand = (kind: string) => pick(c.candidates, (x) => x.kind === kind);
  const belts = pick(c.belts);
  const ids: Record<ListKey, string[]> = {
    leaders: tier('chain-leader', 'leading'),
    champions: tier('hidden-champion'),
    suppliers: tier('hidden-champion', 'specialized'),
    untiered: tier('other'),
    projects: pick(c.fiveOnes.projects),
    innovation: pick(innovation),
    commonTech: pick(innovation, commonTech),
    otherInnovation: pick(innovation, (i) => !commonTech(i)),
    plans: pick(policies, inPlan),
    policies: pick(policies),
    otherPolicies: pick(policies, (p) => !inPlan(p)),
    consulting: pick(c.fiveOnes.consulting),
    nodes: pick(nodes),
    strong: pick(nodes, (n) => n.status === 'strong'),
    weak: pick(nodes, (n) => n.status === 'weak' || n.status === 'missing'),
    roadmapOpen: pick(c.roadmap, (r) => r.status !== undefined && r.status !== 'mastered'),
    roadmap: pick(c.roadmap),
    candFirms: cand('enterprise'),
    candInstitutions: cand('institution'),
    candFunds: cand('fund'),
    belts,
    spaces: [...belts, ...pick(innovation, (i) => i.kind === 'park')],
    cities: c.cities.map((x) => x.adcode),
  };
  const g = c.governance;
  return {
    ids,
    counts: {
      links: c.chain.links.length,
      lead: distinct(g.leadDepartments),
      supporting: distinct(g.supportingDepartments),
      leader: g.linkedLeader ? 1 : 0,
    },
    innovationKinds: new Set(innovation.map((i) => i.kind)).size,
    unstated: nodes.filter((n) => !n.status).length,
    leader: g.linkedLeader,
  };
}

const countOf = (f: Facts, k: PartKey) => (k in f.ids ? f.ids[k as ListKey].length : f.counts[k as CountKey]);
function partText(f: Facts, k: PartKey): Localized {
  const [l, n, p] = [PARTS[k], countOf(f, k), f.leader];
  if (k !== 'leader') return n > 0 ? L(`${l.zh} ${n}`, `${l.en}: ${n}`) : L(`缺${l.zh}`, `no ${l.en}`);
  return p
    ? L(`链长：${p.name.zh}（${p.title.zh}）`, `chain leader: ${p.name.en} (${p.title.en})`)
    : L('链长未公开', 'chain leader not public');
}
/** "链主/龙头企业 3；缺“隐形冠军”企业" / "chain-leader or leading firms: 3; no hidden champions". */
function detailOf(f: Facts, keys: PartKey[], note?: Localized): Localized {
  const parts = keys.map((k) => partText(f, k));
  const [zh, en] = [parts.map((p) => p.zh).join('；'), parts.map((p) => p.en).join('; ')];
  return note ? L(`${zh}（${note.zh}）`, `${en} (${note.en})`) : L(zh, en);
}
/** All of `of` parts present: filled; some: partial; none: empty. */
const three = (have: number, of: number) => (have >= of ? 'filled' : have > 0 ? 'partial' : 'empty');
function out(state: TemplateItemState, recordIds: string[], detail: Localized, count = recordIds.length) {
  return { state, count, recordIds, detail };
}

// ------------------------------------------------------------------ rule shapes
/**
 * Filled when every part has at least one record, partial when some do, empty when none do. Counts
 * the records of the parts that are record lists, or else the parts' counts (departments).
 */
const all =
  (keys: PartKey[], note?: (f: Facts) => Localized | undefined): Rule =>
  (f) => {
    const have = keys.filter((k) => countOf(f, k) > 0).length;
    const lists = keys.filter((k): k is ListKey => k in f.ids);
    const ids = lists.flatMap((k) => f.ids[k]);
    const count = lists.length ? ids.length : keys.reduce((n, k) => n + countOf(f, k), 0);
    return out(three(have, keys.length), ids, detailOf(f, keys, note?.(f)), count);
  };
/** Filled by the main list; partial when only the weaker stand-ins exist; empty with neither. */
const main =
  (k: ListKey, weaker: ListKey): Rule =>
  (f) => {
    const [r, w] = [f.ids[k], f.ids[weaker]];
    const detail = detailOf(f, w.length ? [k, weaker] : [k]);
    return r.length ? out('filled', r, detail) : out(w.length ? 'partial' : 'empty', w, detail);
  };
const list = (k: ListKey) => all([k]);
function fixed(state: 'no-field' | 'not-public', zh: string, en: string): Rule {
  return () => out(state, [], L(zh, en));
}
const noField = fixed('no-field', '本数据格式无此项', 'Not in our data format');
const unstated = (f: Facts) =>
  f.unstated ? L(`${f.unstated} 个节点未标状态`, `${f.unstated} nodes carry no status`) : undefined;

/** 一套创新体系: bodies of at least two kinds make a system; one kind is partial. */
const innovationSystem: Rule = (f) => {
  const k = f.innovationKinds;
  const note = k ? L(`${k} 类`, `${k} kinds`) : undefined;
  return out(three(k, 2), f.ids.innovation, detailOf(f, ['innovation'], note));
};
/** 指导专员, read from the leader our format links to the cluster (its 链长); unnamed: not public. */
const unnamed = fixed('not-public', '未公开：来源未载明本集群的链长', 'Not public: no source names one');
const commissioner: Rule = (f) => (f.leader ? all(['leader'])(f) : unnamed(f));

const firms = all(['leaders', 'champions']);
const commonTechRule = main('commonTech', 'otherInnovation');
const techRule = main('roadmapOpen', 'roadmap');
/** 河南's four lists are not named by the source: never guessed. */
const fourLists = fixed('not-public', '未公开：来源未列出四个清单名称', 'Not public: the lists are unnamed');

// ------------------------------------------------------------------ the templates
type ItemDef = [key: string, zh: string, en: string, rule: Rule];
const DEFS: Record<TemplateId, { name: Localized; place: Localized; items: ItemDef[] }> = {
  gd5: {
    name: L('五个一', 'Five Ones'),
    place: L('广东', 'Guangdong'),
    items: [
      ['firms', '一张龙头企业和“隐形冠军”企业表', 'Leading firms and hidden champions', firms],
      ['projects', '一份重点项目清单', 'A list of key projects', list('projects')],
      ['innovation', '一套创新体系', 'An innovation system', innovationSystem],
      ['policies', '一个政策工具包', 'A policy toolkit', list('policies')],
      ['consulting', '一家战略咨询支撑机构', 'A strategic consulting body', list('consulting')],
    ],
  },
  zj9: {
    name: L('九个一', 'Nine Ones'),
    place: L('浙江', 'Zhejiang'),
    items: [
      ['plan', '一个产业链发展规划', 'A chain development plan', main('plans', 'otherPolicies')],
      ['policies', '一套支持政策', 'A set of support policies', main('otherPolicies', 'plans')],
      ['space', '一个空间平台', 'A spatial platform', main('spaces', 'cities')],
      ['leaders', '一批龙头企业培育', 'A batch of leading firms to foster', list('leaders')],
      ['common-tech', '一个共性技术支撑平台', 'A common-technology platform', commonTechRule],
      ['investment-team', '一支专业招商队伍', 'A professional investment-promotion team', noField],
      ['commissioner', '一名发展指导专员', 'A development commissioner', commissioner],
      ['responsibility', '一个分工责任机制', 'A division of responsibilities', all(['lead', 'supporting'])],
      ['annual-plan', '一个年度工作计划', 'An annual work plan', noField],
    ],
  },
  sd1n: {
    name: L('1个图谱+N张清单', '1 map + N lists'),
    place: L('山东', 'Shandong'),
    items: [
      ['chain-map', '产业链图谱', 'Chain map', all(['nodes', 'links'])],
      ['leaders', '龙头骨干企业清单', 'Leading and backbone firms', list('leaders')],
      ['suppliers', '主要配套企业清单', 'Main supporting firms', main('suppliers', 'untiered')],
      ['strong', '锻长板重点领域清单', 'Strengths to build on', all(['strong'], unstated)],
      ['weak', '补短板突破环节清单', 'Weak links to break through', all(['weak'], unstated)],
      ['tech', '关键产品技术攻关清单', 'Key products and technologies to crack', techRule],
      ['cand-firms', '可对接的省外头部企业清单', 'Leading firms elsewhere to link with', list('candFirms')],
      [
        'cand-institutions',
        '可对接的省内外科研机构清单',
        'Research bodies to link with',
        list('candInstitutions'),
      ],
      ['cand-funds', '可对接的省内外社会基金清单', 'Private funds to link with', list('candFunds')],
      ['layout', '重点产业区域布局清单', 'Regional layout of the industry', main('belts', 'cities')],
      ['projects', '重点项目清单', 'Key projects', list('projects')],
    ],
  },
  hn4: {
    name: L('一个产业链、一个方案、四个清单、一套班子', 'One chain, one plan, four lists, one team'),
    place: L('河南', 'Henan'),
    items: [
      ['chain', '一个产业链', 'One chain', list('nodes')],
      ['plan', '一个方案', 'One plan', main('plans', 'otherPolicies')],
      ['lists', '四个清单', 'Four lists', fourLists],
      ['team', '一套班子', 'One team', all(['lead', 'leader'])],
    ],
  },
};

function reportOf(facts: Facts, id: TemplateId): TemplateReport {
  const def = DEFS[id];
  const items = def.items.map(
    ([key, zh, en, rule]): TemplateItem => ({ key, label: L(zh, en), ...rule(facts) }),
  );
  const summary = Object.fromEntries(ITEM_STATES.map((s) => [s, 0])) as Record<TemplateItemState, number>;
  for (const item of items) summary[item.state] += 1;
  return { id, name: def.name, place: def.place, items, summary };
}

/** A template's name and place, without a cluster (for a chooser). */
export const templateHead = (id: TemplateId) => ({ name: DEFS[id].name, place: DEFS[id].place });

export function templateReport(cluster: Cluster, id: TemplateId): TemplateReport {
  return reportOf(factsOf(cluster), id);
}

export function allTemplateReports(cluster: Cluster): TemplateReport[] {
  const facts = factsOf(cluster);
  return TEMPLATES.map((id) => reportOf(facts, id));
}

/** The first of an item's records a click can select: a chain node, firm, project or innovation item. */
export function selectableRecord(cluster: Cluster, item: TemplateItem): string | null {
  const f = cluster.fiveOnes;
  const known = new Set<string>();
  for (const records of [cluster.chain.nodes, f.enterprises, f.projects, f.innovation]) {
    for (const r of records) known.add(r.id);
  }
  return item.recordIds.find((id) => known.has(id)) ?? null;
}
