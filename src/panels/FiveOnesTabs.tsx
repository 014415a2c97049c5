/**
 * The cluster's “五个一” (plus its targets and sources) as ARIA tabs. Left/Right/Home/End move between
 * tabs and select them (automatic activation); only the selected tab is in the Tab order.
 * The panel's content follows the cluster as a deferred value: a cluster with a person's tens of
 * thousands of firms takes a while to sort and scan, and that work must not hold up the map and the
 * diagram answering the click. Until it is ready the panel says it is busy.
 */
import { Fragment, type KeyboardEvent, useDeferredValue, useId, useMemo, useRef } from 'react';
import type { Cluster } from '../data/schema.ts';
import { TABS, type Tab, type TemplateId } from '../state/viewState.ts';
import { collectSourceIds } from './common/collectSourceIds.ts';
import { ConsultingList } from './fiveOnes/ConsultingList.tsx';
import { EnterprisesTable, type FiveOnesListProps } from './fiveOnes/EnterprisesTable.tsx';
import { InnovationTable } from './fiveOnes/InnovationTable.tsx';
import { PoliciesTable } from './fiveOnes/PoliciesTable.tsx';
import { ProjectsTable } from './fiveOnes/ProjectsTable.tsx';
import { SourcesList } from './SourcesList.tsx';
import { formatNumber, panelText } from './strings.ts';
import { TargetsTable } from './TargetsTable.tsx';
import { TemplatePanel, templateTally } from './templates/TemplatePanel.tsx';

export interface FiveOnesTabsProps extends FiveOnesListProps {
  tab: Tab;
  onTab: (tab: Tab) => void;
  template: TemplateId;
  onTemplate(template: TemplateId): void;
}

function countOf(cluster: Cluster, tab: Tab, sourceIds: readonly string[]): number {
  if (tab === 'targets') return cluster.targets.length;
  if (tab === 'sources') return sourceIds.length;
  if (tab === 'template') return 0; // TEMPLATE-TAB: shown as filled/total by `templateTally` instead
  return cluster.fiveOnes[tab].length;
}

export function FiveOnesTabs(props: FiveOnesTabsProps) {
  const { tab, onTab, sources, lang } = props;
  const baseId = useId();
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());
  const deferred = useDeferredValue<Cluster | null>(props.cluster, null);
  // Another cluster: "busy" until its tables are ready. The same cluster in a newer dataset (the
  // rest of a deep link's data, a person's file): the tables on screen stay until the new ones are.
  const cluster = deferred === props.cluster || deferred?.id === props.cluster?.id ? deferred : null;
  const sourceIds = useMemo(() => (cluster ? collectSourceIds(cluster) : null), [cluster]);
  const tally = useMemo(() => templateTally(props.cluster, props.template), [props.cluster, props.template]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.indexOf(tab);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: TABS.length - 1,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    const next = TABS[(to + TABS.length) % TABS.length] as Tab;
    e.preventDefault();
    onTab(next);
    tabRefs.current.get(next)?.focus();
  };

  const panel = (cluster: Cluster, sourceIds: readonly string[]) => {
    switch (tab) {
      case 'enterprises':
        return <EnterprisesTable {...props} cluster={cluster} />;
      case 'projects':
        return <ProjectsTable {...props} cluster={cluster} />;
      case 'innovation':
        return <InnovationTable {...props} cluster={cluster} />;
      case 'policies':
        return <PoliciesTable policies={cluster.fiveOnes.policies} sources={sources} lang={lang} />;
      case 'consulting':
        return <ConsultingList bodies={cluster.fiveOnes.consulting} sources={sources} lang={lang} />;
      case 'targets':
        return <TargetsTable targets={cluster.targets} sources={sources} lang={lang} />;
      case 'sources':
        return <SourcesList sourceIds={sourceIds} sources={sources} lang={lang} />;
      case 'template':
        // TEMPLATE-TAB: the provinces' templates over this cluster's records
        return (
          <TemplatePanel
            cluster={cluster}
            template={props.template}
            onTemplate={props.onTemplate}
            lang={lang}
            selectedNodeId={props.selectedNodeId}
            onSelectNode={props.onSelectNode}
          />
        );
    }
  };

  return (
    <section className="five-ones" aria-label={panelText(lang, 'tabs.label')}>
      <div
        role="tablist"
        aria-label={panelText(lang, 'tabs.label')}
        className="tablist"
        onKeyDown={onKeyDown}
      >
        {TABS.map((t) => (
          <button
            key={t}
            ref={(el) => {
              if (el) tabRefs.current.set(t, el);
              else tabRefs.current.delete(t);
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${t}`}
            aria-selected={t === tab}
            aria-controls={t === tab ? `${baseId}-panel` : undefined}
            tabIndex={t === tab ? 0 : -1}
            data-tab={t}
            onClick={() => onTab(t)}
          >
            {panelText(lang, `tab.${t}`)}{' '}
            <span className="tab-count">
              {t === 'template'
                ? tally
                : t === 'sources' && !sourceIds
                  ? ''
                  : formatNumber(lang, countOf(props.cluster, t, sourceIds ?? []))}
            </span>
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${tab}`}
        className="tabpanel"
        aria-busy={cluster === null}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: WAI-ARIA tabs pattern: the panel takes focus after the tab list
        tabIndex={0}
      >
        {/* Keyed by cluster: a tier filter or sort from another cluster must not carry over. */}
        {cluster && sourceIds ? (
          <Fragment key={cluster.id}>{panel(cluster, sourceIds)}</Fragment>
        ) : (
          <p className="muted">{panelText(lang, 'tabs.busy')}</p>
        )}
      </div>
    </section>
  );
}
