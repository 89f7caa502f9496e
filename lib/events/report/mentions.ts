import type { Person } from "./people";
import { letterAt, occurrencesIn, phraseIndex, type PhraseIndex } from "./phrase-index";

// Where a sentence names one of the speakers, or refers to one ("she", "in his view"): how the
// calls reader tells who made a call.

export type Mention = { person: Person | null; start: number; end: number };

type Forms = { forms: { person: Person; form: string }[]; index: PhraseIndex };

const namePatterns = new WeakMap<Person[], Forms>();

/** Each person's full name, and their surname when no one else has it, in the order they are looked for. */
function formsOf(people: Person[]): Forms {
  let patterns = namePatterns.get(people);
  if (!patterns) {
    const surnames = new Map<string, number>();
    for (const person of people) surnames.set(person.surname, (surnames.get(person.surname) ?? 0) + 1);
    const forms = people.flatMap((person) =>
      [person.name, ...(surnames.get(person.surname) === 1 ? [person.surname] : [])].map((form) => ({ person, form })),
    );
    patterns = { forms, index: phraseIndex(forms.map(({ form }) => form)) };
    namePatterns.set(people, patterns);
  }
  return patterns;
}

/** The largest end among intervals added so far that start at or before a place: whether one interval holds another. */
class FarthestEnd {
  private readonly tree: number[];
  constructor(size: number) {
    this.tree = new Array(size + 2).fill(-1);
  }
  add(start: number, end: number) {
    for (let i = start + 1; i < this.tree.length; i += i & -i) this.tree[i] = Math.max(this.tree[i], end);
  }
  upTo(start: number): number {
    let farthest = -1;
    for (let i = start + 1; i > 0; i -= i & -i) farthest = Math.max(farthest, this.tree[i]);
    return farthest;
  }
}

/**
 * Where people are named (by full name or unambiguous surname) or referred to as he/she. Forms
 * are taken in order, each one's places left to right without overlap; a place inside one
 * already named is not another mention ("Lane" in "Robert Lane").
 */
export function mentionsIn(text: string, people: Person[]): Mention[] {
  const { forms, index } = formsOf(people);
  const placesOf = new Map<number, { start: number; end: number }[]>();
  for (const { phrase, start, end } of occurrencesIn(text, index)) {
    if (letterAt(text, end)) continue;
    const places = placesOf.get(phrase) ?? [];
    if (places.length === 0) placesOf.set(phrase, places);
    if (places.length === 0 || places.at(-1)!.end <= start) places.push({ start, end });
  }
  const mentions: Mention[] = [];
  const named = new FarthestEnd(text.length);
  for (const phrase of [...placesOf.keys()].sort((a, b) => a - b)) {
    for (const { start, end } of placesOf.get(phrase)!) {
      if (named.upTo(start) >= end) continue;
      mentions.push({ person: forms[phrase].person, start, end });
      named.add(start, end);
    }
  }
  const pronouns =
    /(?<![\p{L}])(?:he|she|He|She|(?:[Ii]n|[Aa]ccording to) (?:his|her) (?:view|opinion|words|speech|remarks|statement|address|testimony))(?![\p{L}])/gu;
  for (const match of text.matchAll(pronouns)) {
    mentions.push({ person: null, start: match.index, end: match.index + match[0].length });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const AGENT_WORD = /^[\p{L}.’'-]+$/u;

/**
 * Whether the text before `at` ends with "by" and at most four words ("organised by the mayor
 * ..."): a name there is the agent of a passive, not the subject. As `\bby\s+(?:[\p{L}.’'-]+\s+){0,4}$`
 * would say of `text.slice(0, at)`, but read backwards from `at`, a few words, not the whole
 * sentence again for each name in it.
 */
export function afterBy(text: string, at: number): boolean {
  let end = at;
  for (let words = 0; words <= 4; words++) {
    let space = end;
    while (space > 0 && /\s/.test(text[space - 1])) space--;
    if (space === end) return false;
    let start = space;
    while (start > 0 && !/\s/.test(text[start - 1])) start--;
    const word = text.slice(start, space);
    if (word.endsWith("by") && !/\w/.test(text[space - 3] ?? "")) return true;
    if (!AGENT_WORD.test(word)) return false;
    end = start;
  }
  return false;
}

/** Where the first of `mentions` (in order of where they start) that starts at or after `at` is. */
export function firstFrom(mentions: { start: number }[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle].start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
