/** The gap list beside the charts, wired to the store and to the CSV download. */
import { memo, useMemo } from 'react';
import type { ClusterEntry, Dataset } from '../data/normalize.ts';
import { downloadBlob } from '../export/download.ts';
import { isoDay } from '../export/figureInput.ts';
import { type Lang, nameIn } from '../i18n/index.ts';
import type { GapEntry } from '../model/gaps.ts';
import { gapsCsv } from '../model/gapsCsv.ts';
import { GapList } from '../panels/gaps/GapList.tsx';
import { useAppStore } from '../state/useAppStore.ts';

function GapsPaneContent(props: {
  dataset: Dataset;
  entry: ClusterEntry;
  gaps: readonly GapEntry[];
  lang: Lang;
}) {
  const { dataset, entry, gaps, lang } = props;
  const s = useAppStore((st) => ({ node: st.node, selectNode: st.selectNode, setPreview: st.setPreview }));
  const candidates = useMemo(() => new Map(entry.cluster.candidates.map((c) => [c.id, c])), [entry]);
  const names = useMemo(() => {
    const c = entry.cluster;
    const m = new Map<string, { zh: string; en: string }>();
    for (const n of c.chain.nodes) m.set(n.id, n.name);
    for (const list of [c.fiveOnes.enterprises, c.fiveOnes.projects, c.roadmap])
      for (const r of list) m.set(r.id, r.name);
    for (const t of c.targets)
      m.set(t.id, { zh: `${t.metric.zh}（${t.year}）`, en: `${t.metric.en} (${t.year})` });
    return m;
  }, [entry]);
  const recordName = (id: string) => {
    const n = names.get(id);
    return n ? nameIn(lang, n) : undefined;
  };
  const sourceTitle = (id: string) => dataset.sources.get(id)?.title;
  const onCsv = () => {
    const text = gapsCsv(gaps, lang, {
      clusterName: nameIn(lang, entry.cluster.name),
      sourceTitle,
      candidateName: (id) => {
        const c = candidates.get(id);
        return c ? nameIn(lang, c.name) : undefined;
      },
    });
    const name = `chainatlas-${entry.cluster.id}-gaps-${isoDay(new Date())}.csv`;
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
  };
  return (
    <GapList
      entries={gaps}
      candidates={candidates}
      lang={lang}
      selectedId={s.node}
      sourceTitle={sourceTitle}
      recordName={recordName}
      onSelect={s.selectNode}
      onPreview={s.setPreview}
      onCsv={onCsv}
    />
  );
}

/** Drawn again only when its own props change, not on every re-render of the workspace (a loading
 * list's progress ticks re-render it many times a second). */
export const GapsPane = memo(GapsPaneContent);
