/**
 * The data panel: which data is shown (and a way back to the bundled data), a drop zone and file
 * picker for a person's own files, progress with cancel while they are read, the problems found,
 * and the confirmation a `?data=` address from another origin needs. Self-contained: the shell owns
 * the state and passes it in; everything is rendered as text.
 */
import { useId } from 'react';
import type { Problem } from '../data/problems.ts';
import { DropZone } from './data/DropZone.tsx';
import { ProblemList } from './data/ProblemList.tsx';
import { DATA_PANEL_STRINGS } from './data/strings.ts';
import { UrlConfirm } from './data/UrlConfirm.tsx';
import { ImportOpener } from './import/ImportOpener.tsx';

export interface DataPanelProps {
  lang: 'zh' | 'en';
  status: { source: 'bundled' | 'user'; files: string[] };
  problems: Problem[];
  /** 0–1 while files are being read and merged; null otherwise. */
  progress: number | null;
  /** Which half of the work the progress is in. */
  phase?: 'reading' | 'merging' | null;
  onFiles(files: File[]): void;
  onCancel(): void;
  onUseBundled(): void;
  pendingUrl: { url: string; origin: string } | null;
  onConfirmUrl(): void;
  onRejectUrl(): void;
  /** Opens the 企业名录 import wizard on a file. */
  onImportFile(file: File): void;
  /** An imported list kept in this browser, and the way to forget it. */
  savedImport: { file: string; savedAt: string } | null;
  onForgetImport(): void;
  /** The cluster shown, which can be written back as our cluster file or enterprise CSV. */
  exportCluster?: string | null;
  onExportCluster?(format: 'json' | 'csv'): void;
}

export function DataPanel(props: DataPanelProps) {
  const { status, progress, pendingUrl } = props;
  const t = DATA_PANEL_STRINGS[props.lang];
  const titleId = useId();
  const user = status.source === 'user';
  const percent = progress === null ? 0 : Math.round(Math.min(1, Math.max(0, progress)) * 100);
  const phaseText = props.phase === 'merging' ? t.merging : t.reading;
  return (
    <section className="data-panel" aria-labelledby={titleId} data-source={status.source}>
      <h2 id={titleId}>{t.title}</h2>

      {pendingUrl && (
        <UrlConfirm t={t} pending={pendingUrl} onConfirm={props.onConfirmUrl} onReject={props.onRejectUrl} />
      )}

      <div className="data-status">
        <p>
          {user && <strong className="data-status__badge">{t.userBadge}</strong>}{' '}
          {user ? t.showingUser : t.showingBundled}
        </p>
        {user && status.files.length > 0 && (
          <p className="data-status__files">
            {t.files}: {status.files.join(', ')}
          </p>
        )}
        {user && (
          <button type="button" onClick={props.onUseBundled}>
            {t.backToBundled}
          </button>
        )}
      </div>

      <DropZone t={t} disabled={progress !== null} onFiles={props.onFiles} />

      {props.exportCluster && props.onExportCluster && (
        <p className="data-export" data-testid="data-export">
          {t.exportAs(props.exportCluster)}{' '}
          <button type="button" onClick={() => props.onExportCluster?.('json')}>
            {t.exportJson}
          </button>{' '}
          <button type="button" onClick={() => props.onExportCluster?.('csv')}>
            {t.exportCsv}
          </button>
        </p>
      )}

      <ImportOpener lang={props.lang} disabled={progress !== null} onFile={props.onImportFile} />
      {props.savedImport && (
        <p className="data-saved" data-testid="data-saved">
          {t.savedImport(props.savedImport.file, props.savedImport.savedAt.slice(0, 10))}{' '}
          <button type="button" onClick={props.onForgetImport} data-testid="data-forget">
            {t.forgetImport}
          </button>
        </p>
      )}

      {progress !== null && (
        <div className="data-progress">
          <progress max={100} value={percent} aria-label={phaseText} />
          <span>
            {phaseText} {percent}%
          </span>{' '}
          <button type="button" onClick={props.onCancel}>
            {t.cancel}
          </button>
        </div>
      )}

      <ProblemList problems={props.problems} t={t} lang={props.lang} />
    </section>
  );
}
