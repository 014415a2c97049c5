/** The header's export and share group: "导出…" opens the export dialog; "复制链接" copies the view's link. */
import { useState } from 'react';
import type { ClusterEntry, Dataset } from '../../data/normalize.ts';
import type { Lang } from '../../i18n/index.ts';
import type { ChainViewGraph } from '../../model/chainGraph.ts';
import { ExportDialog } from '../ExportDialog.tsx';
import { CopyLink } from './CopyLink.tsx';
import { exportText } from './strings.ts';
import './export.css';

export function ExportActions(props: {
  dataset: Dataset;
  entry: ClusterEntry | null;
  graph: ChainViewGraph | null;
  lang: Lang;
}) {
  const [open, setOpen] = useState(false);
  return (
    <fieldset className="export-actions" aria-label={exportText(props.lang, 'actions.label')}>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid="export-open">
        {exportText(props.lang, 'export.open')}
      </button>
      <CopyLink lang={props.lang} />
      <ExportDialog {...props} open={open} onClose={() => setOpen(false)} />
    </fieldset>
  );
}
