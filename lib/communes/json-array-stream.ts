// Reads a JSON array of objects one object at a time, from text arriving in chunks (issue #14): the
// communes file of @etalab/decoupage-administratif is 8.6 MB, and the server runs with a 256 MB heap,
// so it is never parsed whole. Only the top-level objects are cut out (nested ones stay inside
// theirs); each is handed to JSON.parse on its own, and the memory held is one object and one chunk.

/** Yields the elements of a top-level JSON array of objects, parsed, in order. */
export async function* jsonArrayObjects(chunks: AsyncIterable<string>): AsyncGenerator<unknown> {
  let depth = 0;
  let inString = false;
  // A backslash ended the previous chunk: the first character of this one is escaped.
  let escapeNext = false;
  let pending = "";
  // Only these characters change the state; the regular expression jumps over everything else,
  // several times faster than looking at each of the file's 8.6 million characters in turn.
  const special = /[{}"\\]/g;
  for await (const chunk of chunks) {
    let start = depth > 0 ? 0 : -1;
    special.lastIndex = escapeNext ? 1 : 0;
    escapeNext = false;
    for (let match = special.exec(chunk); match !== null; match = special.exec(chunk)) {
      const i = match.index;
      const char = chunk[i];
      if (inString) {
        if (char === '"') inString = false;
        else if (char === "\\") {
          if (i + 1 < chunk.length) special.lastIndex = i + 2;
          else escapeNext = true;
        }
      } else if (char === '"') {
        inString = true;
      } else if (char === "{") {
        if (depth === 0) start = i;
        depth++;
      } else if (char === "}") {
        depth--;
        if (depth === 0) {
          yield JSON.parse(pending + chunk.slice(start, i + 1));
          pending = "";
          start = -1;
        }
      }
    }
    if (depth > 0) pending += chunk.slice(start);
  }
  if (depth !== 0 || inString) throw new Error("The JSON array ends in the middle of an object");
}
