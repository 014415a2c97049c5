/**
 * A 五个一 record's name. When the chain diagram draws the record (or a node it belongs to), the name is
 * a button that selects that node; otherwise it is plain text.
 */
import { nameIn } from '../../i18n/index.ts';
import { panelText } from '../strings.ts';
import type { Lang } from './types.ts';

export interface RecordNameProps {
  name: { zh: string; en?: string };
  lang: Lang;
  nodeId: string | null;
  selectedNodeId: string | null;
  onSelectNode: (id: string) => void;
}

export function RecordName({ name, lang, nodeId, selectedNodeId, onSelectNode }: RecordNameProps) {
  const text = nameIn(lang, name);
  if (!nodeId) return <span className="record-name">{text}</span>;
  return (
    <button
      type="button"
      className="record-name record-name-button"
      aria-pressed={selectedNodeId === nodeId}
      title={panelText(lang, 'select.node')}
      onClick={() => onSelectNode(nodeId)}
    >
      {text}
    </button>
  );
}
