import { POSTNOMINAL_ROLES, ROLE_NOUNS, OFFICE_TITLES, SPEECH_VERBS, inList, isNationality } from "./lexicon";
import { nameRuns, ROLE_WORDS, type NameRun } from "./names";
import { readableSentences, type Report } from "./text";
import { occurrencesIn, phraseIndex } from "./phrase-index";
import { capitaliseFirst, isCapitalised, nameKey, tokenize, type Token } from "./tokens";

// The people who spoke at the event, with their roles as the report gives them. A name counts as
// a speaker when the report has them say or do something there ("Rama Yade called for ...",
// "said Luis Quispe"), lists them among the speakers, or names them as host, chair or moderator.
// Names inside quotations, and names inside someone else's role ("daughter of the late Senator
// Robert Kennedy"), are not speakers.

export type Person = { name: string; role: string; key: string; surname: string };

type Occurrence = { key: string; name: string; roles: string[]; speaker: boolean; start: number; span: [number, number] | null };

const APPOSITION_STARTERS = new Set(
  "a an the its his her their our former late then current acting retired exiled veteran prominent renowned distinguished leading longtime long-time".split(
    " ",
  ),
);
const RELATIVE = /^(?:who|whose|whom|which|that|where|when)\b/i;
const ADVERBS = new Set("also then later further strongly again repeatedly first once finally".split(" "));
const HOST_VERBS: Record<string, string | null> = {
  invited: "host",
  hosted: "host",
  chaired: "chair",
  moderated: "moderator",
  organised: null,
  organized: null,
  convened: null,
  proposed: null,
  introduced: null,
  tabled: null,
  presented: null,
  opened: null,
  welcomed: null,
  led: null,
};
const LIST_TRIGGER =
  /\b(?:speakers|panel(?:l)?ists|participants|guests|personalities|figures|dignitaries)\b[^.;]*?\b(?:included|including|were|are)\b|\bincluding\b|\bamong them\b/i;
const LEADING_ARTICLE = /^(?:the|a|an|its|his|her|their)\s+/i;

const isRoleToken = (token: Token) =>
  inList(token.text, ROLE_NOUNS) || inList(token.text, OFFICE_TITLES) || (token.text.startsWith("co-") && inList(token.text.slice(3), ROLE_NOUNS));
const isSpeechVerb = (token: Token | undefined) => !!token && !isCapitalised(token) && SPEECH_VERBS.has(token.text.toLowerCase());
const textOf = (text: string, tokens: Token[]) => (tokens.length ? text.slice(tokens[0].start, tokens.at(-1)!.end) : "");

function appositionFits(inner: Token[], runs: NameRun[], openIndex: number, closeIndex: number): boolean {
  const first = inner[0];
  if (!first || inner.length > 30) return false;
  const lower = first.text.toLowerCase();
  const starts =
    APPOSITION_STARTERS.has(lower) ||
    isRoleToken(first) ||
    isNationality(first.text, { loose: true }) ||
    (isCapitalised(first) && !isSpeechVerb(first));
  // "Sid Ahmad Ghozali, former French Foreign Minister Bernard Kouchner, ...": the next item of a
  // list, not a role ("daughter of the late Senator Robert Lane" is one).
  const endsWithName = runs.some((run) => run.end === closeIndex && run.head === openIndex);
  return starts && !endsWithName && !RELATIVE.test(first.text) && !isSpeechVerb(first);
}

function analyse(run: NameRun, runs: NameRun[], tokens: Token[], text: string, listAfter: number | null): Occurrence {
  const roles: string[] = [];
  const before = tokens[run.head - 1];
  const verbBefore = isSpeechVerb(before) || (before?.text === "to" && tokens[run.head - 2]?.text === "according");
  const hostVerb =
    before?.text === "by"
      ? tokens[run.head - 2]?.text.toLowerCase()
      : before?.text === "of" && tokens[run.head - 2]?.text === "invitation"
        ? "invited"
        : undefined;
  const hostContext = hostVerb !== undefined && hostVerb in HOST_VERBS;
  if (hostContext && HOST_VERBS[hostVerb!]) roles.push(HOST_VERBS[hostVerb!]!);
  if (run.roleBefore) roles.push(run.roleBefore);

  let i = run.end;
  if (tokens[i] && POSTNOMINAL_ROLES.has(tokens[i].text)) roles.push(tokens[i++].text);
  if (tokens[i]?.text === "of" && (isCapitalised(tokens[i + 1]) || (tokens[i + 1]?.text === "the" && isCapitalised(tokens[i + 2])))) {
    // "of the Victims of Communism Memorial Foundation": bounded like a role before a name.
    let j = i + 1;
    const last = Math.min(tokens.length, i + 1 + ROLE_WORDS);
    while (j < last && tokens[j].word && (isCapitalised(tokens[j]) || ["of", "the", "for", "and", "on", "de", "des", "du"].includes(tokens[j].text)))
      j++;
    while (j > i + 1 && !isCapitalised(tokens[j - 1])) j--;
    roles.push(textOf(text, tokens.slice(i, j)));
    i = j;
  }

  const listItem =
    listAfter !== null &&
    tokens[run.head] !== undefined &&
    tokens[run.head].start > listAfter &&
    (!before ||
      [",", ";", ":"].includes(before.text) ||
      (before.text === "and" && [",", ";"].includes(tokens[run.head - 2]?.text ?? "")) ||
      ["included", "including", "were", "are", "them"].includes(before.text));

  let span: [number, number] | null = null;
  let fallbackRole = "";
  if (tokens[i]?.text === ",") {
    let close = i + 1;
    while (close < tokens.length && ![",", ";", ")"].includes(tokens[close].text)) close++;
    const inner = tokens.slice(i + 1, close);
    const closed = close < tokens.length;
    if (inner[0] && RELATIVE.test(inner[0].text) && closed) {
      // "Priya Ramanathan, whose husband was taken ..., said": says who she is when nothing else does.
      if (inner[0].text === "whose") fallbackRole = textOf(text, inner);
      i = close + 1;
    } else if (isSpeechVerb(inner[0]))
      i++; // "Karimov’s daughter, Leila Karimova, read ..."
    else if (appositionFits(inner, runs, i + 1, close) && (closed || listItem || verbBefore)) {
      roles.push(textOf(text, inner).replace(LEADING_ARTICLE, ""));
      span = [inner[0].start, inner.at(-1)!.end];
      i = tokens[close]?.text === "," ? close + 1 : tokens.length;
    }
  }
  while (tokens[i] && ADVERBS.has(tokens[i].text)) i++;
  if (tokens[i] && ["has", "had"].includes(tokens[i].text)) i++;
  const speaksAfter = isSpeechVerb(tokens[i]);

  // "The co-chair of the Committee ..., Jean-François Legaret announced": the role opens the clause.
  if (!run.roleBefore && before?.text === ",") {
    let k = run.head - 2;
    while (k >= 0 && ![",", ";", ":"].includes(tokens[k].text)) k--;
    const clause = tokens.slice(k + 1, run.head - 1);
    const opens = clause[0] && (/^(?:the|its|his|her|their)$/i.test(clause[0].text) || /[’']s$/u.test(clause[0].text) || isRoleToken(clause[0]));
    if (opens && clause.length <= 14 && clause.some(isRoleToken) && !clause.some(isSpeechVerb)) {
      roles.push(textOf(text, clause).replace(LEADING_ARTICLE, ""));
    }
  }
  if (roles.length === 0 && fallbackRole) roles.push(fallbackRole);
  return {
    key: nameKey(run.name),
    name: run.name,
    roles,
    speaker: speaksAfter || verbBefore || hostContext || listItem,
    start: tokens[run.start].start,
    span,
  };
}

const contentWords = (text: string) =>
  new Set(
    nameKey(text)
      .split(" ")
      .filter((word) => word.length > 2 && !["the", "and", "for", "from"].includes(word)),
  );

function similar(left: Set<string>, right: Set<string>): boolean {
  const [smaller, larger] = left.size <= right.size ? [left, right] : [right, left];
  const shared = [...smaller].filter((word) => larger.has(word)).length;
  return shared / Math.max(1, smaller.size) >= 0.6;
}

/**
 * Distinct roles kept for one person. A report gives a person one or two; a text that gives one
 * name hundreds would have each new role compared with all the others.
 */
const ROLES_KEPT = 12;

/** Distinct roles, joined; of two that say the same, the one that says more ("chair" < "chair of the ..."). */
function mergeRoles(roles: string[]): string {
  const kept: { role: string; words: Set<string> }[] = [];
  for (const role of roles.map((r) => r.trim()).filter(Boolean)) {
    const words = contentWords(role);
    const index = kept.findIndex((existing) => similar(existing.words, words));
    if (index === -1) {
      if (kept.length < ROLES_KEPT) kept.push({ role, words });
    } else if ([...kept[index].words].every((word) => words.has(word))) kept[index] = { role, words };
  }
  const joined = kept.map(({ role }) => role).join("; ");
  return joined.startsWith("whose ") ? joined : capitaliseFirst(joined);
}

export function findPeople(report: Report): Person[] {
  const occurrences: Occurrence[] = [];
  for (const sentence of readableSentences(report)) {
    const text = sentence.narrative;
    const tokens = tokenize(text);
    const runs = nameRuns(tokens, text);
    const trigger = LIST_TRIGGER.exec(text);
    const listAfter = trigger ? trigger.index : null;
    const found = runs.map((run) => analyse(run, runs, tokens, text, listAfter));
    // A name inside someone else's role is part of that role.
    occurrences.push(...found.filter((o) => !found.some((other) => other.span && o.start >= other.span[0] && o.start < other.span[1])));
  }
  const byKey = new Map<string, { name: string; roles: string[]; speaker: boolean }>();
  for (const occurrence of occurrences) {
    const person = byKey.get(occurrence.key) ?? { name: occurrence.name, roles: [], speaker: false };
    person.roles.push(...occurrence.roles);
    person.speaker ||= occurrence.speaker;
    byKey.set(occurrence.key, person);
  }
  const people = [...byKey.entries()].map(([key, person]) => ({
    key,
    name: person.name,
    role: mergeRoles(person.roles),
    surname: person.name.split(" ").at(-1)!,
    speaker: person.speaker,
  }));
  markSpeakersBySurname(report, people);
  return people.filter((person) => person.speaker).map(({ speaker: _speaker, ...person }) => person);
}

const SPEAKS_AFTER = new RegExp(String.raw`(?:,[^,]{1,120},)? (?:also |then |later )?(?:${[...SPEECH_VERBS].join("|")})\b`, "uy");

/**
 * Someone named once in passing may speak later under their surname ("Quispe called upon ...",
 * "Quispe, who ..., said"). All the surnames are looked for in one reading of each sentence.
 */
function markSpeakersBySurname(report: Report, people: (Person & { speaker: boolean })[]) {
  const silent = people.filter((p) => !p.speaker);
  if (silent.length === 0) return;
  const index = phraseIndex(silent.map((person) => person.surname));
  for (const sentence of readableSentences(report)) {
    for (const { phrase, end } of occurrencesIn(sentence.narrative, index)) {
      if (silent[phrase].speaker) continue;
      SPEAKS_AFTER.lastIndex = end;
      if (SPEAKS_AFTER.test(sentence.narrative)) silent[phrase].speaker = true;
    }
  }
}
