import type { Person } from "./people";
import { escapeRegExp } from "./tokens";

// Where a sentence names one of the speakers, or refers to one ("she", "in his view"): how the
// calls reader tells who made a call.

export type Mention = { person: Person | null; start: number; end: number };

const namePatterns = new WeakMap<Person[], { person: Person; form: string; regex: RegExp }[]>();

/** Each person's full name, and their surname when no one else has it. */
function patternsFor(people: Person[]) {
  let patterns = namePatterns.get(people);
  if (!patterns) {
    const surnames = new Map<string, number>();
    for (const person of people) surnames.set(person.surname, (surnames.get(person.surname) ?? 0) + 1);
    patterns = people.flatMap((person) =>
      [person.name, ...(surnames.get(person.surname) === 1 ? [person.surname] : [])].map((form) => ({
        person,
        form,
        regex: new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, "gu"),
      })),
    );
    namePatterns.set(people, patterns);
  }
  return patterns;
}

/** Where people are named (by full name or unambiguous surname) or referred to as he/she. */
export function mentionsIn(text: string, people: Person[]): Mention[] {
  const mentions: Mention[] = [];
  for (const { person, form, regex } of patternsFor(people)) {
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + form.length;
      if (!mentions.some((m) => m.start <= start && end <= m.end)) mentions.push({ person, start, end });
    }
  }
  const pronouns = /(?<![\p{L}])(?:he|she|He|She|(?:[Ii]n|[Aa]ccording to) (?:his|her) (?:view|opinion|words|speech|remarks|statement|address|testimony))(?![\p{L}])/gu;
  for (const match of text.matchAll(pronouns)) {
    mentions.push({ person: null, start: match.index, end: match.index + match[0].length });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
