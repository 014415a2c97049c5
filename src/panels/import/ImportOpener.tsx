/** The data panel's way into the import wizard: a button with a file picker for one list. */
import { useRef } from 'react';
import type { Lang } from '../../i18n/index.ts';
import { importText } from './strings.ts';

const ACCEPTED = '.xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt';

export function ImportOpener(props: { lang: Lang; disabled: boolean; onFile(file: File): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <p className="data-import">
      <button
        type="button"
        disabled={props.disabled}
        title={importText(props.lang, 'openTitle')}
        onClick={() => input.current?.click()}
        data-testid="import-open"
      >
        {importText(props.lang, 'open')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED}
        hidden
        tabIndex={-1}
        data-testid="import-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) props.onFile(f);
          e.target.value = '';
        }}
      />
    </p>
  );
}
