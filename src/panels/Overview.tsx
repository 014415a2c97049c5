/**
 * Shown when no cluster is chosen: Guangdong's 链长制 from the framework record (launch, 总链长, office,
 * mechanisms, tasks, the 五个一), a timeline and a compact table of chain-leader systems elsewhere, and
 * — when the caller passes the dataset and the selection callbacks — what the clusters share.
 */
import { useId } from 'react';
import type { Dataset } from '../data/normalize.ts';
import type { ChainModel, Cluster, Framework } from '../data/schema.ts';
import { nameIn } from '../i18n/index.ts';
import { EmptyState } from './common/EmptyState.tsx';
import { LazySection } from './common/LazySection.tsx';
import { SourceRefs } from './common/SourceRefs.tsx';
import { TableScroll } from './common/TableScroll.tsx';
import type { Lang, SourceLookup } from './common/types.ts';
import { DataReportTable } from './DataReportTable.tsx';
import { ModelsTable } from './ModelsTable.tsx';
import { ModelsTimeline } from './ModelsTimeline.tsx';
import { SharedAcrossClusters } from './SharedAcrossClusters.tsx';
import { panelFormat, panelText } from './strings.ts';

export interface OverviewProps {
  framework: Framework | null;
  models: readonly ChainModel[];
  clusters: readonly Pick<Cluster, 'kind'>[];
  sources: SourceLookup;
  lang: Lang;
  /**
   * The dataset and the store's selection actions, for the "shared across clusters" section. Optional
   * so the overview still renders from plain records (tests, embeds) without it.
   */
  shared?: {
    dataset: Dataset;
    onPickCluster(id: string): void;
    onPickNode(id: string): void;
    onPickCity(adcode: string): void;
  };
}

function FrameworkCard({ f, sources, lang }: { f: Framework; sources: SourceLookup; lang: Lang }) {
  const list = (items: readonly { zh: string; en: string }[], ordered: boolean) => {
    const children = items.map((item) => <li key={item.zh}>{nameIn(lang, item)}</li>);
    return ordered ? <ol className="panel-list">{children}</ol> : <ul className="panel-list">{children}</ul>;
  };
  return (
    <>
      <dl className="panel-dl">
        <dt>{panelText(lang, 'ov.launched')}</dt>
        <dd>
          {f.launched} <SourceRefs ids={f.sources} sources={sources} lang={lang} verified={f.verified} />
        </dd>
        <dt>{panelText(lang, 'ov.chief')}</dt>
        <dd>{nameIn(lang, f.chiefChainLeader)}</dd>
        <dt>{panelText(lang, 'ov.office')}</dt>
        <dd>{nameIn(lang, f.office)}</dd>
        {f.memberUnits !== undefined && (
          <>
            <dt>{panelText(lang, 'ov.memberUnits')}</dt>
            <dd>{panelFormat(lang, 'ov.memberUnits.value', { n: f.memberUnits })}</dd>
          </>
        )}
      </dl>
      <h4 className="panel-subheading">{panelText(lang, 'ov.mechanisms')}</h4>
      {list(f.mechanisms, true)}
      <h4 className="panel-subheading">{panelText(lang, 'ov.tasks')}</h4>
      {list(f.tasks, true)}
      <h4 className="panel-subheading">{panelText(lang, 'ov.fiveOnes')}</h4>
      {list(f.fiveOnes, true)}
      {f.note && <p className="panel-note">{nameIn(lang, f.note)}</p>}
    </>
  );
}

export function Overview({ framework, models, clusters, sources, lang, shared }: OverviewProps) {
  const pillar = clusters.filter((c) => c.kind === 'pillar').length;
  const emerging = clusters.length - pillar;
  const titleId = useId();
  return (
    <section className="overview" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-title">
        {panelText(lang, 'ov.title')}
      </h2>
      {clusters.length > 0 && (
        <p className="overview-counts">{panelFormat(lang, 'ov.clusters', { pillar, emerging })}</p>
      )}
      <p className="muted">{panelText(lang, 'ov.pick')}</p>
      {framework ? (
        <FrameworkCard f={framework} sources={sources} lang={lang} />
      ) : (
        <EmptyState kind="framework" lang={lang} />
      )}
      <h3 className="panel-heading">{panelText(lang, 'ov.models')}</h3>
      {models.length === 0 ? (
        <EmptyState kind="models" lang={lang} />
      ) : (
        <>
          <ModelsTimeline models={models} lang={lang} />
          <TableScroll label={panelText(lang, 'ov.models')}>
            <ModelsTable models={models} sources={sources} lang={lang} />
          </TableScroll>
        </>
      )}
      {shared && (
        <DataReportTable dataset={shared.dataset} lang={lang} onPickCluster={shared.onPickCluster} />
      )}
      {shared && (
        <LazySection title={panelText(lang, 'ov.shared')} testId="shared-open">
          {() => (
            <SharedAcrossClusters
              dataset={shared.dataset}
              lang={lang}
              onPickCluster={shared.onPickCluster}
              onPickNode={shared.onPickNode}
              onPickCity={shared.onPickCity}
            />
          )}
        </LazySection>
      )}
    </section>
  );
}
