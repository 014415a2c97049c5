/**
 * What the app shows instead of itself where it cannot work (an opaque-origin sandbox): the same notes,
 * in both languages, that the build's boot script shows when the app's scripts are refused outright.
 */
import { useEffect, useRef } from 'react';
import { parentTarget, startHeightReporter } from '../../app/embedHeight.ts';
import type { Note } from '../../app/embedNotes.ts';
import './embed.css';

export function RuntimeNote({ notes }: { notes: readonly Note[] }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => (ref.current ? startHeightReporter(ref.current, parentTarget()) : undefined), []);
  return (
    <section ref={ref} className="runtime-note" role="alert" data-testid="embed-note">
      {notes.map((n) => (
        <div key={n.lang} lang={n.lang}>
          <h2>{n.title}</h2>
          <p>{n.body}</p>
          <code>{n.fix}</code>
        </div>
      ))}
    </section>
  );
}
