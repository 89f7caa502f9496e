// Where any of many fixed phrases (people's names) occur in a text, each place of the text tried
// once against all of them together (a trie of their characters). A regex for each name reads the
// text once per name, and a pasted text can name thousands of people: the square of its length
// (issue #13).

type Node = { next: Map<number, Node>; phrases: number[] };

export type PhraseIndex = { root: Node };

export type Occurrence = { phrase: number; start: number; end: number };

export function phraseIndex(phrases: string[]): PhraseIndex {
  const root: Node = { next: new Map(), phrases: [] };
  phrases.forEach((phrase, i) => {
    let node = root;
    for (let at = 0; at < phrase.length; at++) {
      const unit = phrase.charCodeAt(at);
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map(), phrases: [] };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.phrases.push(i);
  });
  return { root };
}

const LETTER = /\p{L}/u;

function isLetter(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  if (codePoint < 0x80) return (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a);
  return LETTER.test(String.fromCodePoint(codePoint));
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
/** Whether `at` falls between the two halves of one character, where a `u` regex never starts or ends a match. */
const splitsPair = (text: string, at: number) => at > 0 && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));

/** Whether a letter ends just before `at`, as `(?<![\p{L}])` reads it. */
function letterBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  return isLetter(text.codePointAt(splitsPair(text, at - 1) ? at - 2 : at - 1));
}

/** Whether a letter starts at `at`, as `(?=[\p{L}])` reads it. */
export function letterAt(text: string, at: number): boolean {
  return isLetter(text.codePointAt(at));
}

/**
 * Every place where a phrase starts in `text` without a letter just before it, shortest phrase
 * first at each place. A phrase that starts inside another one is found too.
 */
export function occurrencesIn(text: string, index: PhraseIndex): Occurrence[] {
  const found: Occurrence[] = [];
  for (let start = 0; start < text.length; start++) {
    let node = index.root.next.get(text.charCodeAt(start));
    if (!node || splitsPair(text, start) || letterBefore(text, start)) continue;
    for (let end = start + 1; node; end++) {
      if (!splitsPair(text, end)) for (const phrase of node.phrases) found.push({ phrase, start, end });
      node = end < text.length ? node.next.get(text.charCodeAt(end)) : undefined;
    }
  }
  return found;
}
