/**
 * Details of the chain node in focus: kind, stage (上/中/下游), status with its Chinese policy term
 * (锻长板 · 补短板 · 补链 · 延链), external dependency, description, cities with their roles, sources.
 */
import type { ChainNode, CityRole, LocalizedText, NodeKind, Stage, Status, Tier } from '../data/schema.ts';
import { nameIn } from '../i18n/index.ts';
import { ROLE_ORDER } from '../model/mapModel.ts';
import { EditorialBadge } from './common/Badges.tsx';
import { SourceRefs } from './common/SourceRefs.tsx';
import type { Lang, SourceLookup } from './common/types.ts';
import { panelText, roleLabel } from './strings.ts';

export interface NodeDetailsNode {
  id: string;
  kind: NodeKind;
  name: { zh: string; en: string };
  stage?: Stage | undefined;
  status?: Status | undefined;
  dependency?: ChainNode['dependency'];
  description?: LocalizedText | undefined;
  sources: readonly string[];
  verified?: boolean | undefined;
  stageEditorial?: boolean | undefined;
  tier?: Tier | undefined;
  segmentsEditorial?: boolean | undefined;
  note?: LocalizedText | undefined;
}

export interface NodeDetailsProps {
  node: NodeDetailsNode;
  /** `role` is a CityRole (labelled here) or a label the caller already chose (shown as is). */
  cities: readonly { adcode: string; name: string; role?: string | undefined }[];
  sources: SourceLookup;
  lang: Lang;
  onClose: () => void;
}

const ROLES = new Set<string>(ROLE_ORDER);

function cityRoleText(lang: Lang, role: string): string {
  return ROLES.has(role) ? roleLabel(lang, role as CityRole) : role;
}

export function NodeDetails({ node, cities, sources, lang, onClose }: NodeDetailsProps) {
  const name = nameIn(lang, node.name);
  return (
    <section className="node-details" aria-label={`${panelText(lang, 'node.title')}: ${name}`}>
      <header className="panel-header">
        <h3 className="panel-heading">{name}</h3>
        <button type="button" className="panel-close" onClick={onClose} aria-label={panelText(lang, 'close')}>
          ×
        </button>
      </header>
      <dl className="panel-dl">
        <dt>{panelText(lang, 'node.kind')}</dt>
        <dd>{panelText(lang, `kind.${node.kind}`)}</dd>
        {node.tier && (
          <>
            <dt>{panelText(lang, 'node.tier')}</dt>
            <dd>{panelText(lang, `tier.${node.tier}`)}</dd>
          </>
        )}
        {node.stage && (
          <>
            <dt>{panelText(lang, 'node.stage')}</dt>
            <dd>
              {panelText(lang, `stage.${node.stage}`)}
              {node.stageEditorial && (
                <>
                  {' '}
                  <EditorialBadge lang={lang} reason="stage" />
                </>
              )}
            </dd>
          </>
        )}
        {node.status && (
          <>
            <dt>{panelText(lang, 'node.status')}</dt>
            <dd className={`node-status node-status-${node.status}`}>
              {panelText(lang, `status.${node.status}`)}
            </dd>
          </>
        )}
        {node.dependency && (
          <>
            <dt>{panelText(lang, 'node.dependency')}</dt>
            <dd>
              {panelText(lang, `dep.${node.dependency.level}`)}{' '}
              <SourceRefs
                ids={node.dependency.sources}
                sources={sources}
                lang={lang}
                verified={node.dependency.verified}
              />
              {node.dependency.note && (
                <span className="panel-note">{nameIn(lang, node.dependency.note)}</span>
              )}
            </dd>
          </>
        )}
        {node.description && (
          <>
            <dt>{panelText(lang, 'node.description')}</dt>
            <dd>{nameIn(lang, node.description)}</dd>
          </>
        )}
        <dt>{panelText(lang, 'node.cities')}</dt>
        <dd>
          {cities.length === 0 ? (
            <span className="muted">{panelText(lang, 'node.noCities')}</span>
          ) : (
            <ul className="node-cities">
              {cities.map((c) => (
                <li key={c.adcode}>
                  {c.name}
                  {c.role && <span className="role-chip">{cityRoleText(lang, c.role)}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {node.note && (
          <>
            <dt>{panelText(lang, 'node.note')}</dt>
            <dd>{nameIn(lang, node.note)}</dd>
          </>
        )}
        <dt>{panelText(lang, 'col.sources')}</dt>
        <dd>
          <SourceRefs
            ids={node.sources}
            sources={sources}
            lang={lang}
            verified={node.verified}
            editorial={node.segmentsEditorial ? 'segments' : undefined}
          />
        </dd>
      </dl>
    </section>
  );
}
