/**
 * A disclosure whose content is built only once it is opened. For overview sections that walk every
 * record of the dataset (shared items, completeness): with half a million firms that walk is a long
 * main-thread task, which nobody should pay on every load for a section they may not read.
 */
import { type ReactNode, useState } from 'react';

export function LazySection(props: { title: string; testId?: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="lazy-section"
      data-testid={props.testId}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="panel-heading lazy-section-title">{props.title}</summary>
      {open && props.children()}
    </details>
  );
}
