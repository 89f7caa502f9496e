import { Fragment } from "react";

/**
 * An email address, a slug or a web address, with places to wrap after "@" and "/" and before
 * dots, as a typesetter would break it. Unlike `.break-anywhere`, a table column holding it still
 * keeps the width of its longest piece, so the table does not squeeze it to one letter a line.
 */
export function LongText({ value }: { value: string }) {
  const pieces = value.split(/(?<=[@/])|(?=\.)/);
  return (
    <>
      {pieces.map((piece, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one value never move
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </>
  );
}
