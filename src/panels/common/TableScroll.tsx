/**
 * Wraps a wide table so it scrolls sideways inside its box on narrow screens instead of widening the
 * page. Focusable, so keyboard users can scroll it too.
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be keyboard-scrollable (WCAG 2.1.1)
    <section className="panel-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
