/** UI strings of the provinces' templates panel (zh default, en complete). Data text is never here. */

import { fillSlots } from '../../i18n/fill.ts';
import type { Lang } from '../../i18n/index.ts';
import type { TemplateItemState } from '../../model/templates.ts';

const zh = {
  title: '按省份模板对照',
  chooser: '选择省份模板',
  template: '{place}「{name}」',
  summarySep: ' · ',
  count: '{n} 条',
  select: '选中第一条记录',
  note: '各项与本数据字段的对应规则由本站整理；“未公开”指来源未载明，“本数据格式无此项”指本格式没有对应字段。',
  'state.filled': '已填',
  'state.partial': '部分',
  'state.empty': '空缺',
  'state.not-public': '未公开',
  'state.no-field': '无此项',
} as const;

export type TemplateKey = keyof typeof zh;

const en: Record<TemplateKey, string> = {
  title: "Read through a province's template",
  chooser: 'Choose a province template',
  template: '{place}: {name}',
  summarySep: ' · ',
  count: '{n} records',
  select: 'Select the first record',
  note: 'How each item maps to our data fields is our reading. "Not public": no source states it; "not in our data format": our format has no field for it.',
  'state.filled': 'Filled',
  'state.partial': 'Partial',
  'state.empty': 'Empty',
  'state.not-public': 'Not public',
  'state.no-field': 'Not in format',
};

export function templateText(
  lang: Lang,
  key: TemplateKey,
  vars: Record<string, string | number> = {},
): string {
  const text: string = lang === 'en' ? en[key] : zh[key];
  return fillSlots(text, vars);
}

export function stateLabel(lang: Lang, state: TemplateItemState): string {
  return templateText(lang, `state.${state}`);
}
