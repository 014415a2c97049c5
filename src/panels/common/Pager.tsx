/**
 * Pages through a long table: "第 1–200 条，共 62,500 条" with previous / next. A person's CSV can put
 * tens of thousands of firms in one cluster; drawing them all as rows would freeze the page.
 */
import { panelFormat, panelText } from '../strings.ts';
import type { Lang } from './types.ts';

export interface PagerProps {
  lang: Lang;
  /** Zero-based page. */
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pager({ lang, page, pageSize, total, onPage }: PagerProps) {
  const last = Math.max(0, Math.ceil(total / pageSize) - 1);
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  return (
    <nav className="pager" aria-label={panelText(lang, 'pager.label')}>
      <button type="button" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {panelText(lang, 'pager.prev')}
      </button>{' '}
      <span className="pager__range" aria-live="polite">
        {panelFormat(lang, 'pager.range', { from, to, total })}
      </span>{' '}
      <button type="button" disabled={page >= last} onClick={() => onPage(page + 1)}>
        {panelText(lang, 'pager.next')}
      </button>
    </nav>
  );
}
