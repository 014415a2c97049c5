/**
 * The chain leader's four charts as ARIA tabs (产业链图 · 区域分布图 · 技术路线图 · 应用领域图). Left/Right/
 * Home/End move and select (automatic activation); only the selected tab is in the Tab order. The
 * choice is `view=` in the address, so each chart is a deep link and an embed of its own.
 */
import { type KeyboardEvent, useRef } from 'react';
import type { Lang } from '../i18n/index.ts';
import { CHART_VIEWS, type ChartView } from '../state/viewState.ts';

const NAMES: Record<Lang, Record<ChartView, string>> = {
  zh: { chain: '产业链图', region: '区域分布图', tech: '技术路线图', apps: '应用领域图' },
  en: { chain: 'Chain', region: 'Regions', tech: 'Technology roadmap', apps: 'Applications' },
};
const LABEL: Record<Lang, string> = { zh: '链长四张图', en: "The chain leader's four charts" };

export function chartViewName(lang: Lang, view: ChartView): string {
  return NAMES[lang][view];
}

export function ChartTabs(props: {
  view: ChartView;
  lang: Lang;
  panelId: string;
  onView(view: ChartView): void;
}) {
  const { view, lang } = props;
  const refs = useRef(new Map<ChartView, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = CHART_VIEWS.indexOf(view);
    const n = CHART_VIEWS.length;
    const next =
      e.key === 'ArrowRight'
        ? CHART_VIEWS[(i + 1) % n]
        : e.key === 'ArrowLeft'
          ? CHART_VIEWS[(i - 1 + n) % n]
          : e.key === 'Home'
            ? CHART_VIEWS[0]
            : e.key === 'End'
              ? CHART_VIEWS[n - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    props.onView(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={LABEL[lang]} className="chart-tabs" onKeyDown={onKeyDown}>
      {CHART_VIEWS.map((v) => (
        <button
          key={v}
          ref={(el) => {
            if (el) refs.current.set(v, el);
            else refs.current.delete(v);
          }}
          type="button"
          role="tab"
          id={`${props.panelId}-tab-${v}`}
          aria-selected={v === view}
          aria-controls={v === view ? props.panelId : undefined}
          tabIndex={v === view ? 0 : -1}
          data-view={v}
          onClick={() => props.onView(v)}
        >
          {NAMES[lang][v]}
        </button>
      ))}
    </div>
  );
}
