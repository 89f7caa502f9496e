import type { ReactNode } from "react";

export type HeadingLevel = 2 | 3 | 4;

/**
 * A fieldset's legend that is also a heading of the page's outline, so the form's sections and
 * rows can be found by heading and read as a group. Its level follows where the form sits: under
 * the page's h1, or under the import page's "Check the draft".
 */
export function LegendHeading({ level, children }: { level: HeadingLevel; children: ReactNode }) {
  const Heading = `h${level}` as const;
  return (
    <legend className="legend-heading">
      <Heading>{children}</Heading>
    </legend>
  );
}

export const below = (level: HeadingLevel): HeadingLevel => (level < 4 ? ((level + 1) as HeadingLevel) : 4);
