/**
 * The export dialog: format (PNG / SVG / 打印), layout (16:9, A4 landscape, map only, diagram only)
 * and scale (1× 2× 4×, PNG only). A native modal <dialog>: the page behind it is inert (focus stays
 * inside), Esc closes it, its heading names it. The work is done by src/export.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useBoundaries } from '../app/boundariesQuery.ts';
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import type { ExportContext } from '../export/collect.ts';
import { FIGURE_LAYOUTS, type FigureLayout, LAYOUT_SIZE } from '../export/layout.ts';
import { PNG_SCALES, type PngScale } from '../export/png.ts';
import { printView } from '../export/print.ts';
import { exportPng, exportSvg } from '../export/run.ts';
import type { Lang } from '../i18n/index.ts';
import type { ChainViewGraph } from '../model/chainGraph.ts';
import { useAppStore } from '../state/useAppStore.ts';
import { exportText } from './export/strings.ts';

export type ExportFormat = 'png' | 'svg' | 'print';
const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'print'];

export interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  dataset: Dataset;
  entry: ClusterEntry | null;
  graph: ChainViewGraph | null;
  lang: Lang;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; name: string }
  | { kind: 'error'; message: string };

export function ExportDialog({ open, onClose, dataset, entry, graph, lang }: ExportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [format, setFormat] = useState<ExportFormat>('png');
  const [layout, setLayout] = useState<FigureLayout>('slide');
  const [scale, setScale] = useState<PngScale>(2);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const ids = useAppStore((s) => ({ node: s.node, city: s.city, view: s.view }));
  const boundaries = useBoundaries(dataset);
  const text = (key: Parameters<typeof exportText>[1], vars?: Record<string, string | number>) =>
    exportText(lang, key, vars);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setStatus({ kind: 'idle' });
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  // Without a cluster there is no diagram to export alone.
  const effectiveLayout = !entry && layout === 'chain' ? 'slide' : layout;

  const run = async (e: FormEvent) => {
    e.preventDefault();
    const ctx: ExportContext = {
      dataset,
      ids: { cluster: entry?.cluster.id ?? null, node: ids.node, city: ids.city, lang, view: ids.view },
      boundaries: boundaries.data ?? null,
      graph,
    };
    setStatus({ kind: 'busy' });
    try {
      if (format === 'print') {
        onClose();
        await printView(ctx);
        setStatus({ kind: 'idle' });
        return;
      }
      const name =
        format === 'png'
          ? await exportPng(ctx, effectiveLayout, scale)
          : await exportSvg(ctx, effectiveLayout);
      setStatus({ kind: 'done', name });
    } catch (err) {
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const size = LAYOUT_SIZE[effectiveLayout];
  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid="export-dialog"
    >
      <form onSubmit={run}>
        <h2 id={titleId}>{text('export.title')}</h2>
        <fieldset>
          <legend>{text('export.format')}</legend>
          {FORMATS.map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              {text(`format.${f}`)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={format === 'print'}>
          <legend>{text('export.layout')}</legend>
          {FIGURE_LAYOUTS.map((l) => (
            <label key={l}>
              <input
                type="radio"
                name="layout"
                value={l}
                checked={(format === 'print' ? 'a4' : effectiveLayout) === l}
                disabled={l === 'chain' && !entry}
                onChange={() => setLayout(l)}
              />
              {text(`layout.${l}`)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={format !== 'png'}>
          <legend>{text('export.scale')}</legend>
          {PNG_SCALES.map((s) => (
            <label key={s}>
              <input type="radio" name="scale" value={s} checked={scale === s} onChange={() => setScale(s)} />
              {s}×
            </label>
          ))}
          <span className="export-pixels">
            {text('export.pixels', { w: size.width * scale, h: size.height * scale })}
          </span>
        </fieldset>
        {format !== 'png' && (
          <p className="export-note">{text(format === 'svg' ? 'export.svgNote' : 'export.printNote')}</p>
        )}
        <p className="export-status" role="status" aria-live="polite" data-testid="export-status">
          {status.kind === 'busy' && text('export.busy')}
          {status.kind === 'done' && text('export.done', { name: status.name })}
          {status.kind === 'error' && text('export.error', { message: status.message })}
        </p>
        <div className="export-buttons">
          <button type="button" onClick={onClose}>
            {text('export.close')}
          </button>
          <button
            type="submit"
            className="export-run"
            disabled={status.kind === 'busy'}
            data-testid="export-run"
          >
            {text(format === 'print' ? 'export.runPrint' : 'export.run')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
