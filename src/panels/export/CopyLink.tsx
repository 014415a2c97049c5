/**
 * "复制链接 / Copy link": copies the address of the current view and says so. When the clipboard
 * refuses, a read-only field shows the link, selected, so Ctrl+C (or a long press) copies it.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { copyToClipboard, shareLink } from '../../export/share.ts';
import type { Lang } from '../../i18n/index.ts';
import { exportText } from './strings.ts';

type State = { kind: 'idle' } | { kind: 'copied'; link: string } | { kind: 'manual'; link: string };

export function CopyLink({ lang }: { lang: Lang }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  // Before the field is painted, so it shows up focused and selected (an effect runs a frame later).
  useLayoutEffect(() => {
    if (state.kind === 'manual') {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }, [state]);
  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const link = shareLink();
    setState((await copyToClipboard(link)) ? { kind: 'copied', link } : { kind: 'manual', link });
  };

  return (
    <span className="copy-link">
      <button type="button" onClick={copy} data-testid="copy-link">
        {exportText(lang, 'link.copy')}
      </button>
      <span className="copy-link-status" role="status" aria-live="polite">
        {state.kind === 'copied' ? exportText(lang, 'link.copied') : ''}
      </span>
      {state.kind === 'manual' && (
        <span className="copy-link-manual">
          <label htmlFor={inputId}>{exportText(lang, 'link.manual')}</label>
          <input
            id={inputId}
            ref={inputRef}
            type="text"
            readOnly
            value={state.link}
            aria-label={exportText(lang, 'link.label')}
            data-testid="copy-link-input"
            onFocus={(e) => e.currentTarget.select()}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setState({ kind: 'idle' });
            }}
          />
        </span>
      )}
    </span>
  );
}
