import type { ReactNode } from "react";

/**
 * A table that may be wider than a phone: it scrolls sideways inside its own box, never the page
 * (issue #11). The box is a named region (a section with a label) that takes the keyboard focus, so
 * someone without a mouse can scroll it with the arrow keys, and a screen reader says what it holds.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to be scrolled with the keyboard (WCAG 2.1.1)
    <section className="table-wrap table-region" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
