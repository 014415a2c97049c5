/**
 * Drop target plus a real file picker. The picker is opened by an ordinary button, so it works from
 * the keyboard; its hint states the accepted formats and the size limit.
 */
import { type DragEvent, useId, useRef, useState } from 'react';
import { formatBytes, MAX_FILE_BYTES } from '../../data/limits.ts';
import type { DataPanelStrings } from './strings.ts';

const ACCEPTED_FILES = '.json,.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,application/json,text/csv';

interface Props {
  t: DataPanelStrings;
  disabled: boolean;
  onFiles(files: File[]): void;
}

export function DropZone({ t, disabled, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();
  const accept = (list: FileList | null | undefined) => {
    const files = Array.from(list ?? []);
    if (files.length > 0 && !disabled) onFiles(files);
  };
  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    accept(e.dataTransfer.files);
  };
  return (
    <fieldset
      className={over ? 'data-drop data-drop--over' : 'data-drop'}
      data-testid="data-drop"
      disabled={disabled}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="data-drop__lead">
        {t.dropHere}{' '}
        <button type="button" aria-describedby={hintId} onClick={() => input.current?.click()}>
          {t.choose}
        </button>
      </p>
      <p id={hintId} className="data-drop__hint">
        {t.accepts(formatBytes(MAX_FILE_BYTES))}
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        hidden
        tabIndex={-1}
        onChange={(e) => {
          accept(e.currentTarget.files);
          // Let the same file be picked again after it was fixed.
          e.currentTarget.value = '';
        }}
      />
    </fieldset>
  );
}
