/** A bulk review rule: rows whose column contains some words → placed in a node, confirmed or rejected. */
import { type FormEvent, useState } from 'react';
import { type Lang, nameIn } from '../../i18n/index.ts';
import type { BulkRule } from '../../import/types.ts';
import { formatNumber } from '../strings.ts';
import { importText } from './strings.ts';

export interface RuleFormProps {
  /** Headers of the columns a rule may look in (the mapped text, segment and other columns). */
  headers: readonly string[];
  nodes: readonly { id: string; name: { zh: string; en: string } }[];
  lang: Lang;
  /** Applies the rule; returns how many rows it matched. */
  onRule(rule: BulkRule): number;
}

export function RuleForm({ headers, nodes, lang, onRule }: RuleFormProps) {
  const t = (k: Parameters<typeof importText>[1], v?: Record<string, string | number>) =>
    importText(lang, k, v);
  const [header, setHeader] = useState<string>('');
  const [contains, setContains] = useState('');
  const [nodeId, setNodeId] = useState(nodes[0]?.id ?? '');
  const [state, setState] = useState<BulkRule['state']>('confirmed');
  const [matched, setMatched] = useState<number | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!contains.trim() || !nodeId) return;
    setMatched(onRule({ header: header || null, contains: contains.trim(), nodeId, state }));
  };
  return (
    <form className="import-rule" onSubmit={submit} data-testid="import-rule">
      <fieldset>
        <legend>{t('ruleTitle')}</legend>
        <label>
          {t('ruleColumn')}{' '}
          <select value={header} onChange={(e) => setHeader(e.target.value)}>
            <option value="">{t('ruleAnyText')}</option>
            {headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('ruleContains')}{' '}
          <input value={contains} onChange={(e) => setContains(e.target.value)} maxLength={100} size={10} />
        </label>{' '}
        <label>
          {t('ruleNode')}{' '}
          <select value={nodeId} onChange={(e) => setNodeId(e.target.value)}>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {nameIn(lang, n.name)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          <select value={state} onChange={(e) => setState(e.target.value as BulkRule['state'])}>
            <option value="confirmed">{t('ruleConfirm')}</option>
            <option value="rejected">{t('ruleReject')}</option>
          </select>
        </label>{' '}
        <button type="submit">{t('ruleApply')}</button>
        {matched !== null && (
          <span className="import-hint" role="status">
            {t('ruleMatched', { n: formatNumber(lang, matched) })}
          </span>
        )}
      </fieldset>
    </form>
  );
}
