/**
 * The 企业名录 import, as a native modal dialog in three steps: (1) the sheet and its header row,
 * (2) what each column means, (3) which chain node each firm belongs to, reviewed one by one or by
 * rule. The result is an ordinary user input (firms added to one cluster, each with its file, sheet
 * and row as provenance) that drives the map, the diagram, the city profile and the gap analysis.
 * The work is pure code in src/import; this file only holds the steps' state. Step 3's mapping and
 * matching run in the match worker for a long list, with progress (useMatching.ts).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../../data/normalize.ts';
import type { Problem } from '../../data/problems.ts';
import type { UserInput } from '../../data/userInput.ts';
import { downloadBlob } from '../../export/download.ts';
import type { Lang } from '../../i18n/index.ts';
import { mappingJson, parseMappingJson, proposeMapping, reuseMapping } from '../../import/mapping.ts';
import { readWorkbookFile } from '../../import/readWorkbookFile.ts';
import { counts } from '../../import/review.ts';
import { detectHeaderRow } from '../../import/sheetText.ts';
import { importSource, toEnterpriseAdditions } from '../../import/toEnterpriseInput.ts';
import type { ColumnMapping, Workbook } from '../../import/types.ts';
import { formatNumber } from '../strings.ts';
import { MappingStep } from './MappingStep.tsx';
import { MatchStep } from './MatchStep.tsx';
import { ProblemLine } from './ProblemLine.tsx';
import { SheetStep } from './SheetStep.tsx';
import { importText } from './strings.ts';
import { useMatching } from './useMatching.ts';
import './import.css';

type EnterprisesInput = Extract<UserInput, { kind: 'enterprises' }>;

export interface ImportWizardProps {
  file: File | null;
  dataset: Dataset;
  /** The cluster on screen: the default target. */
  clusterId: string | null;
  lang: Lang;
  onClose(): void;
  onDone(input: EnterprisesInput, remember: boolean): void;
}

type Reading =
  | { kind: 'reading' }
  | { kind: 'failed'; problems: Problem[] }
  | { kind: 'ready'; workbook: Workbook };
const CHAIN_KINDS = new Set(['segment', 'product', 'technology']);

export function ImportWizard(props: ImportWizardProps) {
  const { file, dataset, lang } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const t = (k: Parameters<typeof importText>[1], v?: Record<string, string | number>) =>
    importText(lang, k, v);
  const [reading, setReading] = useState<Reading>({ kind: 'reading' });
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [headerRow, setHeaderRow] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [clusterId, setClusterId] = useState<string>(
    props.clusterId ?? [...dataset.clusters.keys()][0] ?? '',
  );
  const [remember, setRemember] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (file && !dialog.open) dialog.showModal();
    else if (!file && dialog.open) dialog.close();
  }, [file]);

  // A new file: read it (in the parse worker when it is big), then propose the header row.
  useEffect(() => {
    if (!file) return;
    const ctrl = new AbortController();
    setReading({ kind: 'reading' });
    setStep(1);
    void readWorkbookFile(file, { signal: ctrl.signal }).then((workbook) => {
      if (ctrl.signal.aborted) return;
      const first = workbook.sheets.findIndex((s) => s.rows.length > 0);
      if (first < 0) setReading({ kind: 'failed', problems: workbook.problems });
      else {
        setSheetIndex(first);
        setHeaderRow(detectHeaderRow(workbook.sheets[first]?.rows ?? []));
        setReading({ kind: 'ready', workbook });
      }
    });
    return () => ctrl.abort();
  }, [file]);

  // The dataset's own cities (a person's dataset may name them differently from the bundled one).
  const cities = useMemo(
    () => [...dataset.cities.values()].map((c) => ({ adcode: c.adcode, name: c.name })),
    [dataset],
  );
  const workbook = reading.kind === 'ready' ? reading.workbook : null;
  const sheet = workbook?.sheets[sheetIndex] ?? null;

  // The header row or the sheet changed: propose a mapping for it, unless a loaded mapping is
  // waiting for exactly this header row.
  const loadedRef = useRef<ColumnMapping | null>(null);
  useEffect(() => {
    const loaded = loadedRef.current;
    loadedRef.current = null;
    if (loaded && loaded.headerRow === headerRow) {
      setMapping(loaded);
      setNote(importText(lang, 'mappingLoaded'));
      return;
    }
    if (sheet) setMapping(proposeMapping(sheet, headerRow, cities));
    setNote(null);
  }, [sheet, headerRow, lang, cities]);

  const cluster = dataset.clusters.get(clusterId)?.cluster ?? null;
  // Step 3: the rows through the mapping, matched to the cluster's chain (in the match worker for a
  // long list); a newer mapping, cluster or step, or closing the wizard, cancels a run under way.
  const { rows, setRows, matching } = useMatching({
    sheet,
    mapping,
    file: file?.name ?? '',
    cities,
    cluster,
    active: step === 3,
  });
  const problems = matching.kind === 'done' ? matching.problems : [];

  const nodes = useMemo(
    () =>
      cluster
        ? cluster.chain.nodes.filter((n) => CHAIN_KINDS.has(n.kind)).map((n) => ({ id: n.id, name: n.name }))
        : [],
    [cluster],
  );
  const headers = useMemo(
    () =>
      mapping ? mapping.columns.filter((c) => c.field !== 'ignore' && c.header).map((c) => c.header) : [],
    [mapping],
  );
  const tally = counts(rows);
  const hasName = mapping?.columns.some((c) => c.field === 'name') ?? false;

  const finish = () => {
    if (!file || !sheet || !cluster) return;
    const source = importSource(file.name, sheet.name);
    const { additions } = toEnterpriseAdditions(rows, {
      file: file.name,
      sheet: sheet.name,
      clusterId: cluster.id,
      sourceId: source.id,
    });
    props.onDone({ kind: 'enterprises', file: file.name, additions, sources: [source] }, remember);
  };

  const saveMapping = () => {
    if (!mapping) return;
    const name = `${(file?.name ?? 'list').replace(/\.[^.]+$/, '')}-mapping.json`;
    downloadBlob(new Blob([mappingJson(mapping)], { type: 'application/json' }), name);
  };
  const loadMapping = async (f: File) => {
    if (!sheet) return;
    const parsed = parseMappingJson(await f.text(), f.name);
    if (!parsed.mapping) {
      setNote(parsed.problems.map((p) => p.message).join('; '));
      return;
    }
    const reused = reuseMapping(parsed.mapping, sheet, cities);
    if (reused.headerRow === headerRow) {
      setMapping(reused);
      setNote(t('mappingLoaded'));
    } else {
      loadedRef.current = reused;
      setHeaderRow(reused.headerRow);
    }
  };

  const steps = [t('stepSheet'), t('stepMap'), t('stepReview')];
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby={titleId}
      onClose={props.onClose}
      data-testid="import-dialog"
    >
      <header className="import-head">
        <h2 id={titleId}>
          {t('title')}
          {file && <span className="import-file"> · {file.name}</span>}
        </h2>
        <button type="button" onClick={props.onClose}>
          {t('close')}
        </button>
      </header>
      <ol className="import-steps">
        {steps.map((s, i) => (
          <li key={s} aria-current={step === i + 1 ? 'step' : undefined}>
            {s}
          </li>
        ))}
      </ol>
      {reading.kind === 'reading' && <p role="status">{t('reading', { file: file?.name ?? '' })}</p>}
      {reading.kind === 'failed' && (
        <div role="alert" className="import-problems">
          <p>{t('readFailed')}</p>
          <ul>
            {reading.problems.map((p) => (
              <ProblemLine key={`${p.where}|${p.message}`} problem={p} lang={lang} />
            ))}
          </ul>
        </div>
      )}
      {workbook && sheet && step === 1 && (
        <SheetStep
          workbook={workbook}
          sheetIndex={sheetIndex}
          headerRow={headerRow}
          lang={lang}
          onSheet={(i) => {
            setSheetIndex(i);
            setHeaderRow(detectHeaderRow(workbook.sheets[i]?.rows ?? []));
          }}
          onHeaderRow={setHeaderRow}
        />
      )}
      {sheet && mapping && step === 2 && (
        <MappingStep
          sheet={sheet}
          mapping={mapping}
          lang={lang}
          note={note}
          onField={(c, field) =>
            setMapping({
              ...mapping,
              columns: mapping.columns.map((col, i) => (i === c ? { ...col, field } : col)),
            })
          }
          onSave={saveMapping}
          onLoad={(f) => void loadMapping(f)}
        />
      )}
      {step === 3 && (
        <MatchStep
          dataset={dataset}
          clusterId={clusterId}
          onCluster={setClusterId}
          matching={matching}
          rows={rows}
          onRows={setRows}
          problems={problems}
          nodes={nodes}
          headers={headers}
          remember={remember}
          onRemember={setRemember}
          lang={lang}
        />
      )}
      <footer className="import-foot">
        {step > 1 && (
          <button type="button" onClick={() => setStep((step - 1) as 1 | 2)}>
            {t('back')}
          </button>
        )}
        {step < 3 && workbook && (
          <button
            type="button"
            onClick={() => setStep((step + 1) as 2 | 3)}
            disabled={step === 2 && !hasName}
            data-testid="import-next"
          >
            {t('next')}
          </button>
        )}
        {step === 3 && (
          <button
            type="button"
            className="primary"
            onClick={finish}
            disabled={tally.confirmed === 0}
            data-testid="import-finish"
          >
            {tally.confirmed ? t('finish', { n: formatNumber(lang, tally.confirmed) }) : t('finishNone')}
          </button>
        )}
      </footer>
    </dialog>
  );
}
