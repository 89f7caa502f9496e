import {
  NOT_NAMED,
  WE_NOT_NAMED,
  cleanTarget,
  fateToAction,
  nominalToAction,
  passiveToAction,
  phraseFrom,
  subjectBefore,
  subjectKind,
} from "./call-phrases";
import { BASE_VERBS } from "./lexicon";
import { afterBy, firstFrom, mentionsIn } from "./mentions";
import { sameAs } from "./same-as";
import type { Person } from "./people";
import { readableSentences, type Report } from "./text";
import { capitaliseFirst } from "./tokens";

// Sentences that call on someone to act, with who is called on and to do what:
//   "She urged the UN Human Rights Council ... to launch an international commission of inquiry"
//   "Rama Yade called for an international investigation into the 1988 massacre"
//   "demanded that the killers ... be brought to justice"
//   "Europe must also do the same." / "our governments and the EU should give priority to ..."
// Quotations are read as their speaker's words; the reporter's sentences name their speaker
// ("She", "Rama Yade", "..., he said") or none ("A number of personalities called on ...").

export type DraftCall = { speaker: string | null; target: string; action: string; quote: string };

type Found = { at: number; end: number; target: string; action: string; withPrevious?: boolean };

const DIRECTIVE =
  /\b(call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)? to|press(?:es|ed|ing)?|implor(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|request(?:s|ed|ing)?|exhort(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|petition(?:s|ed|ing)?)\s+/g;
const TO_VERB =
  /\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|your|all|any|every|some|each|justice|account|power|office|court|trial|him|them|me|us|it)\b)(?=\p{Ll})/u;
const NOMINAL_CALL =
  /\b(?:call(?:s|ed|ing)? for|appeal(?:s|ed|ing)? for|press(?:es|ed|ing)? for|(?<!\b(?:the|a|their|this|his|her|its|our) )demand(?:s|ed|ing)?(?! that\b| to\b)|(?:the|a|an) (?:urgent |pressing )?need for)\s+/g;
const THAT_CALL =
  /\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?|recommend(?:s|ed|ing)?) that\s+/g;
const MODAL =
  /\b(should|must|ought to|needs? to|ha(?:ve|s) to)\s+(not\s+)?(?:(?:also|now|urgently|immediately|finally|still|really|therefore|rightly|all)\s+)*(?=\p{Ll})/gu;
const ANAPHORA = /^(?:do the same|follow suit|do likewise|do so)\b/i;
const EMPTY_ACTION = /^(?:do it|do this|do that)$/i;
const DIRECTIVE_VERB = /^(?:ask|urge|call on|call upon|appeal to|press|implore)\b/i;

function directives(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const from = match.index + match[0].length;
    const to = TO_VERB.exec(text.slice(from, from + 200));
    if (!to) continue;
    const target = text.slice(from, from + to.index);
    // A stop inside the target ends a sentence, unless it is an acronym's ("the U.N. Human Rights Council").
    if (target.length < 2 || /[;:“”"]|(?<!\b\p{Lu})\.|,\s*who\b/u.test(target) || target.split(/\s+/).length > 20) continue;
    const { phrase, end } = phraseFrom(text, from + to.index + to[0].length);
    if (!phrase) continue;
    const pronoun = /^(?:them|him|her|everyone)$/i.test(target.trim());
    found.push({
      at: match.index,
      end,
      target: pronoun ? NOT_NAMED : /^us$/i.test(target.trim()) ? WE_NOT_NAMED : cleanTarget(target),
      action: capitaliseFirst(phrase),
    });
  }
  return found;
}

function nominals(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(NOMINAL_CALL)) {
    const { phrase, end } = phraseFrom(text, match.index + match[0].length);
    if (!phrase || /^(?:to|that|of|from)\b/i.test(phrase)) continue;
    found.push({ at: match.index, end, target: NOT_NAMED, action: nominalToAction(phrase) });
  }
  return found;
}

function thatClauses(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(THAT_CALL)) {
    const { phrase, end } = phraseFrom(text, match.index + match[0].length);
    const words = phrase.split(/\s+/);
    const be = words.findIndex((word, i) => i > 0 && word === "be");
    if (be > 0) {
      const subject = words
        .slice(0, be)
        .filter((w) => !/^(?:should|must|shall)$/.test(w))
        .join(" ");
      const action = passiveToAction(subject, words.slice(be).join(" "));
      if (action) {
        found.push({ at: match.index, end, target: NOT_NAMED, action: capitaliseFirst(action) });
        continue;
      }
    }
    const verb = words.findIndex((word, i) => i > 0 && BASE_VERBS.has(word) && !/^(?:the|a|an|its|their|all|any|his|her)$/i.test(words[i - 1]));
    if (verb > 0) {
      const subject = words
        .slice(0, verb)
        .filter((w) => !/^(?:should|must|shall)$/.test(w))
        .join(" ");
      found.push({ at: match.index, end, target: cleanTarget(subject), action: capitaliseFirst(words.slice(verb).join(" ")) });
    } else {
      found.push({ at: match.index, end, target: NOT_NAMED, action: capitaliseFirst(phrase) });
    }
  }
  return found;
}

function modals(text: string, previous: string | null): Found[] {
  const found: Found[] = [];
  let same: string | null | undefined;
  for (const match of text.matchAll(MODAL)) {
    const subject = subjectBefore(text, match.index);
    const { phrase, end } = phraseFrom(text, match.index + match[0].length);
    if (!phrase || EMPTY_ACTION.test(phrase)) continue;
    const negated = match[2] ? "not " : "";
    const undone = passiveToAction(subject, phrase) ?? fateToAction(subject, phrase);
    const kind = subjectKind(subject);
    if (undone && !/^(?:it|they|this|that|he|she|which)$/i.test(subject) && subject) {
      found.push({ at: match.index, end, target: NOT_NAMED, action: capitaliseFirst(undone) });
      continue;
    }
    // "We need to ask the UN to ...": the call is on the UN (see directives).
    if (kind === "none" || (kind === "we" && DIRECTIVE_VERB.test(phrase))) continue;
    const target = kind === "we" ? WE_NOT_NAMED : cleanTarget(subject);
    if (ANAPHORA.test(phrase) && previous) {
      if (same === undefined) same = sameAs(previous);
      found.push({ at: match.index, end, target, action: capitaliseFirst(same ?? phrase), withPrevious: true });
      continue;
    }
    found.push({ at: match.index, end, target, action: capitaliseFirst(`${negated}${phrase}`) });
  }
  return found;
}

/**
 * A quotation as the sentence that makes the call: cut where the reporter names its speaker
 * ("… under universal jurisdiction,” he said), it ends with a full stop, not the comma.
 */
function asSentence(quote: string): string {
  return /[,;:]/u.test(quote.at(-1) ?? "") ? `${quote.slice(0, -1).trimEnd()}.` : quote;
}

/** Every call in a piece of text, the first reading of each stretch winning. */
function callsIn(text: string, previous: string | null): Found[] {
  const all = [...modals(text, previous), ...directives(text), ...thatClauses(text), ...nominals(text)].sort((a, b) => a.at - b.at);
  const kept: Found[] = [];
  // Calls come in order of where they start: one inside a kept call starts before the farthest end.
  let reach = -Infinity;
  for (const call of all) {
    if (call.at < reach) continue;
    kept.push(call);
    reach = Math.max(reach, call.end);
  }
  return kept;
}

export function findCalls(report: Report, people: Person[]): DraftCall[] {
  const calls: DraftCall[] = [];
  let current: Person | null = null;
  let previousText: string | null = null;
  let previousQuote: string | null = null;
  for (const sentence of readableSentences(report)) {
    const narrative = sentence.narrative;
    const mentions = mentionsIn(narrative, people).filter((m) => !afterBy(narrative, m.start));
    const resolve = (mention: (typeof mentions)[number] | undefined) => (mention ? (mention.person ?? current) : undefined);
    const subject = resolve(mentions[0]);
    if (subject) current = subject;

    for (const call of callsIn(narrative, previousText)) {
      const before = mentions[firstFrom(mentions, call.at) - 1];
      const after = mentions[firstFrom(mentions, call.end)];
      const speaker = resolve(before) ?? resolve(after) ?? null;
      const quote = call.withPrevious && previousText ? `${previousText} ${sentence.text}` : sentence.text;
      calls.push({ speaker: speaker?.name ?? null, target: call.target, action: call.action, quote: asSentence(quote) });
    }
    for (const quotation of sentence.quotations) {
      for (const call of callsIn(quotation, previousQuote)) {
        const quote = call.withPrevious && previousQuote ? `${previousQuote} ${quotation}` : quotation;
        calls.push({ speaker: current?.name ?? null, target: call.target, action: call.action, quote: asSentence(quote) });
      }
      previousQuote = quotation;
    }
    previousText = sentence.text;
    if (sentence.quotations.length === 0 && !sentence.startsQuoted) previousQuote = null;
  }
  const seen = new Set<string>();
  return calls.filter((call) => {
    const key = `${call.quote}|${call.action}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
