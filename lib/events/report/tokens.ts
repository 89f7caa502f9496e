import { CAPITALISED_ABBREVIATIONS } from "./lexicon";

// Words and punctuation of a sentence, with their offsets, so a reader can look a few words
// back or ahead of a name without losing its place in the text.

export type Token = { text: string; start: number; end: number; word: boolean };

// Acronyms and initials keep their stops ("U.N.", "F."), as do "Dr." and "St."; other words lose
// a final stop; hyphens and apostrophes stay inside words ("Jean-François", "Paris’s").
const TOKEN = /(?:\p{Lu}\.)+(?:-[\p{L}]+)?|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*\.?|[,;:()“”"…—–]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    if (value.endsWith(".") && !/^(?:\p{Lu}\.)+/u.test(value) && !CAPITALISED_ABBREVIATIONS.has(value.slice(0, -1))) {
      value = value.slice(0, -1);
    }
    tokens.push({ text: value, start: match.index, end: match.index + value.length, word: /[\p{L}\p{N}]/u.test(value[0]) });
  }
  return tokens;
}

export const isCapitalised = (token: Token | undefined): boolean => !!token && token.word && /^\p{Lu}/u.test(token.text);

/** "Paris’s" → "Paris"; "Lawyers’" → "Lawyers". */
export const withoutPossessive = (word: string): string => word.replace(/[’']s$|(?<=s)[’']$/u, "");

/** Lower case, without accents: the key two spellings of one name share. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function capitaliseFirst(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}
