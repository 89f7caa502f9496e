import { isNationality } from "./report/lexicon";

// A call to action as one sentence (English here; callMessage for the reader's language), the same on the public event page and in the
// organizer's view (issue #11): "Maryam Rajavi called on the UN Security Council to refer the
// dossier to the International Criminal Court." The draft stores who is called on and the action
// as fields ("UN Security Council", "Refer the dossier …"); the sentence gives the institution its
// article and the action its lower-case verb. Pure, for both pages and for tests.

export type CallForSentence = { speaker: string | null; target: string; action: string };
export type CallSentence = { speaker: string | null; opening: string; target: string | null; rest: string };

/**
 * The report's words for a call on nobody in particular, "we" included (lib/events/report/call-phrases.ts),
 * and the same words as the form's hint gives them in French and Persian (events.form.hostHint), as a
 * translation of the calls writes them too ("we": « nous », «ما»).
 */
const NOT_NAMED = /^(?:not named in the report|non précisé dans l[’']article|در گزارش نامی برده نشده)/i;
const SAID_WE = /[“"]we[”"]|«\s*nous\s*»|«\s*ما\s*»/i;

/** Words that open a noun phrase by themselves: the phrase takes no article, only a lower-case start. */
const DETERMINERS = new Set(
  "the a an all any every each some both either neither no our their its his her my your this that these those other others several many most few".split(
    " ",
  ),
);
/** Acronyms said with "the": "the UN", "the EU", "the U.S.". */
const ACRONYMS_WITH_THE = new Set("UN U.N. EU E.U. UK U.K. US U.S. USA U.S.A. UAE ICC OSCE OHCHR UNHCR IRGC ILO IMF AU OAS WHO ECHR".split(" "));
/**
 * Nouns that end the name of one body, office or institution, which English names with "the":
 * "the UN Security Council", "the High Commissioner for Human Rights", "the German government".
 */
const INSTITUTIONS = new Set(
  `council commission parliament assembly secretary-general secretary commissioner court committee office union nations
  states kingdom group authority authorities department director general ministry minister government community congress
  senate house tribunal agency bank organisation organization mission rapporteur board bureau secretariat presidency
  president prosecutor police judiciary regime army chancellor mayor governor ombudsman administration cabinet
  legislature executive bundestag knesset duma majlis kremlin vatican`.split(/\s+/),
);
/** Alone, these are said without an article: "called on Congress", "called on Parliament". */
const BARE_ALONE = new Set(["congress", "parliament"]);
/** Common nouns a target may be on its own, capitalised only because the field starts with them. */
const COMMON_NOUNS = new Set(
  "authorities government governments police participants everyone officials leaders states countries companies judges prosecutors politicians citizens".split(
    " ",
  ),
);
/** Where a noun phrase's head ends: "Director | of Public Prosecutions", "Governments | (the speaker's…)". */
const AFTER_HEAD = new Set("of for on in to with at from against who that which whose".split(" "));

const isAcronym = (word: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}s?$/u.test(word);
const startsLower = (word: string | undefined) => !word || !/^\p{Lu}/u.test(word);
const lowerFirst = (word: string) => word[0].toLowerCase() + word.slice(1);
const bare = (word: string) => word.toLowerCase().replace(/[’']s?$/u, "");

/** "UN Human Rights Council and UN High Commissioner" → its parts, split at each "and" outside brackets. */
function conjuncts(target: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current: string[] = [];
  for (const word of target.split(/\s+/).filter(Boolean)) {
    depth += (word.match(/\(/g)?.length ?? 0) - (word.match(/\)/g)?.length ?? 0);
    if (depth === 0 && word === "and") {
      parts.push(current.join(" "), "and");
      current = [];
      continue;
    }
    current.push(word);
  }
  parts.push(current.join(" "));
  return parts;
}

/** One part of the target as it reads after "called on": "the UN Security Council", "governments (…)", "Canada". */
function nounPhrase(phrase: string, first: boolean): string {
  const words = phrase.split(" ");
  const [opening] = words;
  const plain = opening.replace(/[,;:]$/u, "");
  if (DETERMINERS.has(plain.toLowerCase())) return first ? [lowerFirst(opening), ...words.slice(1)].join(" ") : phrase;
  if (words.length === 1 && ACRONYMS_WITH_THE.has(plain)) return `the ${phrase}`;
  const headAt = words.findIndex((word, i) => i > 0 && (AFTER_HEAD.has(word) || word.startsWith("(")));
  const nameWords = headAt === -1 ? words : words.slice(0, headAt);
  const head = bare(nameWords[nameWords.length - 1].replace(/[,;:]$/u, ""));
  const institution = INSTITUTIONS.has(head) && !(nameWords.length === 1 && BARE_ALONE.has(head));
  // "International community", "Governments (the speaker's …)": a common noun, capitalised only
  // because the field starts with it. "German companies", "Member States", "Europe" keep theirs.
  // A name of one word ("Director of Public Prosecutions", "Governments (…)") is common only if listed.
  const common = !isAcronym(plain) && !isNationality(plain) && (nameWords.length === 1 ? COMMON_NOUNS.has(bare(plain)) : startsLower(nameWords[1]));
  const written = common ? [lowerFirst(opening), ...words.slice(1)].join(" ") : phrase;
  return institution ? `the ${written}` : written;
}

/** "UN Security Council" → "the UN Security Council"; "Our governments and EU" → "our governments and the EU". */
export function targetPhrase(target: string): string {
  return conjuncts(target.trim())
    .map((part, i) => (part === "and" || part === "" ? part : nounPhrase(part, i === 0)))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Refer the dossier …" → "refer the dossier ….": a verb in lower case (not "UN …" or "United Nations …"), one full stop. */
export function actionPhrase(action: string): string {
  let text = action.trim();
  while (",;:".includes(text.at(-1) ?? ".")) text = text.slice(0, -1).trimEnd();
  const [first = "", second] = text.split(/\s+/);
  const properNoun = isAcronym(first.replace(/[’']s$/u, "")) || first === "I" || (!startsLower(second) && /^\p{Lu}/u.test(first));
  const lowered = text && !properNoun ? lowerFirst(text) : text;
  // An abbreviation's stop ("as the U.S."), an ellipsis or a question already ends the sentence.
  return /(?:\p{Lu}\.|[.!?…])[”"’)]?$/u.test(lowered) ? lowered : `${lowered}.`;
}

/**
 * The call as one sentence, in the order it reads: `speaker`, `opening`, `target`, `rest`. Who
 * called and who is called on are apart so that a page can set them in bold.
 */
export function callSentence(call: CallForSentence): CallSentence {
  const action = actionPhrase(call.action);
  const speaker = call.speaker?.trim() || null;
  const target = call.target.trim();
  const sentence = (opening: string, named: string | null = null, rest = "") => ({ speaker, opening, target: named, rest });
  if (NOT_NAMED.test(target) && SAID_WE.test(target)) {
    return speaker ? sentence(` said “we” should ${action}`) : sentence(`The report says “we” should ${action}`);
  }
  if (NOT_NAMED.test(target) || !target) {
    return speaker ? sentence(` called to ${action}`) : sentence(`The report records a call to ${action}`);
  }
  const phrase = targetPhrase(target);
  const [article, named] = phrase.startsWith("the ") ? ["the ", phrase.slice(4)] : ["", phrase];
  return sentence(speaker ? ` called on ${article}` : `The report records a call on ${article}`, named, ` to ${action}`);
}

/** Which catalog message (`events.call.*`) says the call, and its values. */
export type CallMessage = {
  key: "saidWe" | "saidWeReport" | "callTo" | "callToReport" | "callOn" | "callOnReport";
  speaker: string;
  article: string;
  target: string;
  action: string;
};

/** The action as the report wrote it, one full stop at the end: for a sentence in another language than the report's. */
function actionAsWritten(action: string): string {
  let text = action.trim();
  while (",;:".includes(text.at(-1) ?? ".")) text = text.slice(0, -1).trimEnd();
  return /(?:\p{Lu}\.|[.!?…])[”"’)]?$/u.test(text) ? text : `${text}.`;
}

/**
 * The call as a message of the reader's language (issue #12). In English it reads as callSentence
 * does, the institution with its article and the verb in lower case; in French and Persian who is
 * called on and the action stay as the report gave them (in the report's language), after the
 * language's own "called on … to:".
 */
export function callMessage(call: CallForSentence, english: boolean): CallMessage {
  const speaker = call.speaker?.trim() || "";
  const target = call.target.trim();
  const action = english ? actionPhrase(call.action) : actionAsWritten(call.action);
  const message = (key: "saidWe" | "callTo" | "callOn", article = "", named = "") =>
    ({ key: speaker ? key : (`${key}Report` as const), speaker, article, target: named, action }) satisfies CallMessage;
  if (NOT_NAMED.test(target) && SAID_WE.test(target)) return message("saidWe");
  if (NOT_NAMED.test(target) || !target) return message("callTo");
  if (!english) return message("callOn", "", target);
  const phrase = targetPhrase(target);
  const [article, named] = phrase.startsWith("the ") ? ["the ", phrase.slice(4)] : ["", phrase];
  return message("callOn", article, named);
}

/**
 * The English sentence as plain text: what the catalogs' English sentence must equal
 * (tests/unit/events-i18n.test.ts).
 * @internal
 */
export function callSentenceText(call: CallForSentence): string {
  const { speaker, opening, target, rest } = callSentence(call);
  return `${speaker ?? ""}${opening}${target ?? ""}${rest}`;
}
