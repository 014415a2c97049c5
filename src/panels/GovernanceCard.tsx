/**
 * Who runs the cluster under the 链长制: the 总链长, the linked provincial leader (未公开 unless a source
 * names one — never guessed), the lead department(s) per plan version and the supporting departments.
 */
import type { Cluster, Department } from '../data/schema.ts';
import { nameIn } from '../i18n/index.ts';
import { SourceRefs } from './common/SourceRefs.tsx';
import type { Lang, SourceLookup } from './common/types.ts';
import { panelText } from './strings.ts';

export interface GovernanceCardProps {
  cluster: Cluster;
  sources: SourceLookup;
  lang: Lang;
}

function Departments({ items, sources, lang }: { items: Department[]; sources: SourceLookup; lang: Lang }) {
  if (items.length === 0) return <p className="gov-none">{panelText(lang, 'gov.none')}</p>;
  return (
    <ul className="gov-departments">
      {items.map((d) => (
        // Departments have no id; the same unit may appear once per plan version.
        <li key={`${d.name.zh}|${d.planVersion ?? ''}|${d.sources.join(' ')}`}>
          <span className="gov-department">{nameIn(lang, d.name)}</span>
          {d.planVersion && <span className="gov-plan">{panelText(lang, `plan.${d.planVersion}`)}</span>}{' '}
          <SourceRefs ids={d.sources} sources={sources} lang={lang} verified={d.verified} />
          {d.note && <span className="panel-note">{nameIn(lang, d.note)}</span>}
        </li>
      ))}
    </ul>
  );
}

export function GovernanceCard({ cluster, sources, lang }: GovernanceCardProps) {
  const g = cluster.governance;
  const leader = g.linkedLeader;
  return (
    <section className="governance-card" aria-label={panelText(lang, 'gov.title')}>
      <h3 className="panel-heading">{panelText(lang, 'gov.title')}</h3>
      <dl className="panel-dl">
        <dt>{panelText(lang, 'gov.chief')}</dt>
        <dd>
          {nameIn(lang, g.chiefChainLeader.role)}{' '}
          <SourceRefs
            ids={g.chiefChainLeader.sources}
            sources={sources}
            lang={lang}
            verified={g.chiefChainLeader.verified}
          />
        </dd>
        <dt>{panelText(lang, 'gov.linked')}</dt>
        <dd data-testid="linked-leader">
          {leader ? (
            <>
              {nameIn(lang, leader.name)} <span className="gov-title">{nameIn(lang, leader.title)}</span>{' '}
              <SourceRefs ids={leader.sources} sources={sources} lang={lang} verified={leader.verified} />
            </>
          ) : (
            <span className="gov-not-public">{panelText(lang, 'gov.notPublic')}</span>
          )}
          {g.linkedLeaderNote && <span className="panel-note">{nameIn(lang, g.linkedLeaderNote)}</span>}
        </dd>
        <dt>{panelText(lang, 'gov.lead')}</dt>
        <dd>
          <Departments items={g.leadDepartments} sources={sources} lang={lang} />
        </dd>
        <dt>{panelText(lang, 'gov.supporting')}</dt>
        <dd>
          <Departments items={g.supportingDepartments} sources={sources} lang={lang} />
        </dd>
      </dl>
    </section>
  );
}
