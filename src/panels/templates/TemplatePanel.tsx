/**
 * A cluster's records read through a province's template (广东 五个一, 浙江 九个一, 山东 1个图谱+N张清单,
 * 河南): a radio group picks the template (arrow keys, Home and End move and choose), a summary
 * counts the items by state, and each item shows its completeness badge (text and colour), its count
 * and what is there or missing. An item whose records include a chain node, firm, project or
 * innovation item selects the first of them on click or Enter.
 */
import { type KeyboardEvent, useId, useMemo, useRef } from 'react';
import type { Cluster } from '../../data/schema.ts';
import { type Lang, nameIn } from '../../i18n/index.ts';
import {
  ITEM_STATES,
  selectableRecord,
  type TemplateReport,
  templateHead,
  templateReport,
} from '../../model/templates.ts';
import { TEMPLATES, type TemplateId } from '../../state/viewState.ts';
import { formatNumber } from '../strings.ts';
import { stateLabel, templateText } from './strings.ts';
import './templates.css';

export interface TemplatePanelProps {
  cluster: Cluster;
  template: TemplateId;
  onTemplate(template: TemplateId): void;
  lang: Lang;
  selectedNodeId: string | null;
  onSelectNode(id: string): void;
}

/** "已填 3 · 部分 1 · 空缺 1": the states that occur, in a fixed order. */
export function summaryText(lang: Lang, report: TemplateReport): string {
  return ITEM_STATES.filter((s) => report.summary[s] > 0)
    .map((s) => `${stateLabel(lang, s)} ${formatNumber(lang, report.summary[s])}`)
    .join(templateText(lang, 'summarySep'));
}

/** The tab's count: filled items over all items, e.g. 3/5. */
export function templateTally(cluster: Cluster, template: TemplateId): string {
  const r = templateReport(cluster, template);
  return `${r.summary.filled}/${r.items.length}`;
}

function Chooser(props: { template: TemplateId; onTemplate(t: TemplateId): void; lang: Lang }) {
  const { template, onTemplate, lang } = props;
  const refs = useRef(new Map<TemplateId, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = TEMPLATES.indexOf(template);
    const last = TEMPLATES.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: last,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = TEMPLATES[(to + TEMPLATES.length) % TEMPLATES.length] as TemplateId;
    onTemplate(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div
      role="radiogroup"
      aria-label={templateText(lang, 'chooser')}
      className="tpl-chooser"
      onKeyDown={onKeyDown}
    >
      {TEMPLATES.map((id) => {
        const head = templateHead(id);
        const place = nameIn(lang, head.place);
        const name = nameIn(lang, head.name);
        return (
          // biome-ignore lint/a11y/useSemanticElements: a roving-tabindex radio group of buttons, like the tabs
          <button
            key={id}
            ref={(el) => {
              if (el) refs.current.set(id, el);
              else refs.current.delete(id);
            }}
            type="button"
            role="radio"
            className="tpl-choice"
            aria-checked={id === template}
            aria-label={`${place} ${name}`}
            tabIndex={id === template ? 0 : -1}
            data-template={id}
            onClick={() => onTemplate(id)}
          >
            {place}
          </button>
        );
      })}
    </div>
  );
}

export function TemplatePanel(props: TemplatePanelProps) {
  const { cluster, template, lang, selectedNodeId, onSelectNode } = props;
  const headingId = useId();
  const report = useMemo(() => templateReport(cluster, template), [cluster, template]);
  return (
    <section className="tpl-panel" aria-labelledby={headingId} data-testid="template-panel">
      <h3 className="panel-subheading" id={headingId}>
        {templateText(lang, 'title')}
      </h3>
      <Chooser template={template} onTemplate={props.onTemplate} lang={lang} />
      <p className="tpl-heading">
        {templateText(lang, 'template', {
          place: nameIn(lang, report.place),
          name: nameIn(lang, report.name),
        })}
      </p>
      <p className="tpl-summary" aria-live="polite" data-testid="template-summary">
        {summaryText(lang, report)}
      </p>
      <ol className="tpl-items">
        {report.items.map((item) => {
          const target = selectableRecord(cluster, item);
          const selected = selectedNodeId !== null && item.recordIds.includes(selectedNodeId);
          const label = nameIn(lang, item.label);
          return (
            <li
              key={item.key}
              data-item={item.key}
              data-state={item.state}
              className={selected ? 'is-selected' : undefined}
            >
              <span className={`tpl-badge tpl-badge-${item.state}`}>{stateLabel(lang, item.state)}</span>
              {target ? (
                <button
                  type="button"
                  className="tpl-item-name"
                  aria-pressed={selected}
                  title={templateText(lang, 'select')}
                  onClick={() => onSelectNode(target)}
                >
                  {label}
                </button>
              ) : (
                <span className="tpl-item-name">{label}</span>
              )}
              <span className="tpl-item-count">
                {templateText(lang, 'count', { n: formatNumber(lang, item.count) })}
              </span>
              <p className="tpl-item-detail">{nameIn(lang, item.detail)}</p>
            </li>
          );
        })}
      </ol>
      <p className="tpl-note">{templateText(lang, 'note')}</p>
    </section>
  );
}
