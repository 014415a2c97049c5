/**
 * Asks before loading `?data=` from another origin: a link must not be able to put someone else's
 * data under this site's name without the reader agreeing.
 */
import { useId } from 'react';
import type { DataPanelStrings } from './strings.ts';

interface Props {
  t: DataPanelStrings;
  pending: { url: string; origin: string };
  onConfirm(): void;
  onReject(): void;
}

export function UrlConfirm({ t, pending, onConfirm, onReject }: Props) {
  const bodyId = useId();
  return (
    <fieldset className="data-confirm" aria-describedby={bodyId}>
      <legend>{t.confirmTitle(pending.origin)}</legend>
      <p id={bodyId}>{t.confirmBody}</p>
      <p className="data-confirm__url">
        {t.confirmAddress}: <code>{pending.url}</code>
      </p>
      <div className="data-confirm__actions">
        <button type="button" onClick={onConfirm}>
          {t.load}
        </button>
        <button type="button" onClick={onReject}>
          {t.dontLoad}
        </button>
      </div>
    </fieldset>
  );
}
