/**
 * "嵌入 / Embed": a button that opens a dialog with the <iframe> code for the current view (what it
 * shows, its first height), a copy button, and the optional host-page script that sizes the frame
 * from the app's height message. The code follows the store, so it always embeds what is on screen.
 */
import { useId, useRef, useState } from 'react';
import { embedUrl } from '../app/embedLinks.ts';
import type { Lang } from '../i18n/index.ts';
import { viewOf } from '../state/store.ts';
import { useAppStore } from '../state/useAppStore.ts';
import type { EmbedPart } from '../state/viewState.ts';
import { copyText } from './embed/copyText.ts';
import { defaultHeight, hostScript, iframeSnippet } from './embed/snippets.ts';
import { type EmbedKey, embedText } from './embed/strings.ts';
import './embed/embed.css';

const PARTS: [EmbedPart, EmbedKey][] = [
  ['both', 'showBoth'],
  ['map', 'showMap'],
  ['chain', 'showChain'],
];

function CodeBlock(props: { label: string; code: string; lang: Lang; testId: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  return (
    <div>
      <div className="embed-dialog-row">
        <label htmlFor={id}>{props.label}</label>
        <button
          type="button"
          onClick={async () => {
            const ok = await copyText(props.code, ref.current);
            setStatus(embedText(props.lang, ok ? 'copied' : 'copyFailed'));
          }}
        >
          {embedText(props.lang, 'copy')}
        </button>
      </div>
      <textarea id={id} ref={ref} readOnly value={props.code} spellCheck={false} data-testid={props.testId} />
      <p className="embed-dialog-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

export function EmbedDialog({ lang, clusterName }: { lang: Lang; clusterName: string | null }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const view = useAppStore(viewOf);
  const [part, setPart] = useState<EmbedPart>('both');
  const [height, setHeight] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();

  const src = embedUrl(view, window.location.href, part);
  // The iframe's title names it for screen readers on the host page.
  const title = clusterName ? `${clusterName} · 链图 ChainAtlas` : '链图 ChainAtlas';
  const iframe = iframeSnippet({ src, title, height: height ?? defaultHeight(part) });
  const host = hostScript(new URL(src).origin);

  return (
    <>
      <button
        type="button"
        title={embedText(lang, 'embedTitle')}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialogRef.current?.showModal();
        }}
        data-testid="embed-button"
      >
        {embedText(lang, 'embed')}
      </button>
      <dialog
        ref={dialogRef}
        className="embed-dialog"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        data-testid="embed-dialog"
      >
        {open && (
          <form method="dialog" className="embed-dialog-body">
            <div className="embed-dialog-row">
              <h2 id={titleId}>{embedText(lang, 'dialogTitle')}</h2>
              <button type="submit">{embedText(lang, 'close')}</button>
            </div>
            {window.location.protocol === 'file:' && (
              <p className="embed-hint" role="note">
                {embedText(lang, 'fileHint')}
              </p>
            )}
            <fieldset>
              <legend>{embedText(lang, 'show')}</legend>
              {PARTS.map(([value, key]) => (
                <label key={value}>
                  <input
                    type="radio"
                    name="embed-part"
                    value={value}
                    checked={part === value}
                    onChange={() => setPart(value)}
                  />{' '}
                  {embedText(lang, key)}
                </label>
              ))}
            </fieldset>
            <label>
              {embedText(lang, 'height')}{' '}
              <input
                type="number"
                min={240}
                max={4000}
                step={20}
                value={height ?? defaultHeight(part)}
                onChange={(e) => setHeight(e.target.valueAsNumber || null)}
              />
            </label>
            <CodeBlock label={embedText(lang, 'iframeCode')} code={iframe} lang={lang} testId="embed-code" />
            <p className="embed-hint">{embedText(lang, 'sandboxHint')}</p>
            <CodeBlock label={embedText(lang, 'hostCode')} code={host} lang={lang} testId="embed-host-code" />
            <p className="embed-hint">{embedText(lang, 'headersHint')}</p>
          </form>
        )}
      </dialog>
    </>
  );
}
