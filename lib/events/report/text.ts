import { CAPITALISED_ABBREVIATIONS, COMMON_CAPITALS, LOWER_CASE_ABBREVIATIONS } from "./lexicon";

// A pasted report as the other readers need it: the headline, the lines above the story (byline,
// date line), and the story's paragraphs cut into sentences, each knowing which of its words are
// inside quotation marks (what a speaker said) and which are the reporter's.

type Run = { text: string; quoted: boolean };

export type Sentence = {
  text: string;
  paragraph: number;
  /** Position among all sentences of the story. */
  index: number;
  runs: Run[];
  /** The reporter's words, with long quotations replaced by “…” (short ones are scare quotes). */
  narrative: string;
  /** Quotations of more than a few words: what someone said, in their words. */
  quotations: string[];
  /** True when the sentence opens inside a quotation carried over from earlier. */
  startsQuoted: boolean;
};

/**
 * Sentences longer than this are not read for people and calls (a pasted table or a text without
 * stops): no report sentence is this long, and reading one would cost far more than it finds.
 */
const LONGEST_SENTENCE = 2000;

export const readableSentences = (report: Report): Sentence[] => report.sentences.filter((s) => s.text.length <= LONGEST_SENTENCE);

export type Report = {
  title: string;
  /** Lines between the headline and the story: byline, date line, "Published ...". */
  header: string[];
  paragraphs: Sentence[][];
  sentences: Sentence[];
};

const SCARE_QUOTE_WORDS = 6;

function paragraphsOf(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2009\u202f]/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim());
  // A long line that does not end a sentence was wrapped by an email client or a PDF: join it.
  const paragraphs: string[] = [];
  let current = "";
  for (const line of lines) {
    if (!line) {
      if (current) paragraphs.push(current);
      current = "";
      continue;
    }
    current = current ? `${current} ${line}` : line;
    if (line.length < 60 || /[.!?:"”…]$/u.test(line)) {
      paragraphs.push(current);
      current = "";
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** Which characters of a paragraph are inside double quotation marks (an unclosed one runs to the end). */
function quotedMask(paragraph: string): boolean[] {
  const mask: boolean[] = new Array(paragraph.length).fill(false);
  let inside = false;
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph[i];
    if (char === "“" || (char === '"' && !inside)) {
      inside = true;
      continue;
    }
    if (char === "”" || (char === '"' && inside)) {
      inside = false;
      continue;
    }
    mask[i] = inside;
  }
  return mask;
}

/** Letters and dots of a word: "U.N", "Dr", "e.g". */
const ABBREVIATION_CHAR = /[\p{L}.]/u;
const NEXT_WORD = /\s*[“"‘(]?(\p{L}+)/uy;

const isSurrogatePair = (high: number, low: number) => high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;

/**
 * The letters and dots just before `end`, read backwards by code point. Never a regex anchored at
 * the end of `paragraph.slice(0, end)`: that reads the paragraph from its start at every stop, and
 * on a long word without a dot it backtracks from every letter (issue #13).
 */
function wordBefore(paragraph: string, end: number): string {
  let start = end;
  while (start > 0) {
    const width = start >= 2 && isSurrogatePair(paragraph.charCodeAt(start - 2), paragraph.charCodeAt(start - 1)) ? 2 : 1;
    if (!ABBREVIATION_CHAR.test(paragraph.slice(start - width, start))) break;
    start -= width;
  }
  return paragraph.slice(start, end);
}

/** Whether the stop at `stop` ends an abbreviation or an initial rather than the sentence; `next` is where the next word may start. */
function endsWithAbbreviation(paragraph: string, stop: number, next: number): boolean {
  if (paragraph[stop] !== ".") return false;
  const word = wordBefore(paragraph, stop);
  if (!word) return false;
  if (CAPITALISED_ABBREVIATIONS.has(word) || LOWER_CASE_ABBREVIATIONS.has(word.toLowerCase())) return true;
  // An initial ("Robert F. Kennedy") or a dotted acronym ("U.N.", "D.C."): a sentence ends there
  // only when the next word is one that usually starts a sentence.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) {
    NEXT_WORD.lastIndex = next;
    const nextWord = NEXT_WORD.exec(paragraph)?.[1] ?? "";
    return !(word.includes(".") && COMMON_CAPITALS.has(nextWord.toLowerCase()));
  }
  return false;
}

// A run of stops is only tried from its first stop (the lookbehind): tried from each of its stops,
// a long run of "!!!!" with no capital after it costs the square of its length.
const BOUNDARY = /(?<![.!?…])[.!?…]+[”"’)\]]*(?=\s+[“"‘(]?[\p{Lu}\d])/gu;

/** Offsets where sentences of a paragraph end. */
function sentenceEnds(paragraph: string): number[] {
  const ends: number[] = [];
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (endsWithAbbreviation(paragraph, match.index, end)) continue;
    ends.push(end);
  }
  ends.push(paragraph.length);
  return ends;
}

/** The stretches of a sentence inside and outside quotation marks. */
function runsOf(text: string, mask: boolean[]): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && mask[i] === mask[start]) continue;
    runs.push({ text: text.slice(start, i), quoted: mask[start] });
    start = i;
  }
  return runs;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function sentence(text: string, mask: boolean[], paragraph: number, index: number): Sentence {
  const runs = runsOf(text, mask);
  // A quotation is someone's words: more than a few words, or a whole quoted sentence
  // ("Europe must also do the same."). Shorter ones are scare quotes and stay in the narrative.
  const isQuotation = (run: Run, i: number) =>
    run.quoted && (wordCount(run.text) > SCARE_QUOTE_WORDS || /[.!?…]\s*$/u.test(run.text) || (i === 0 && mask[0] === true));
  const quotations = runs.filter(isQuotation).map((run) => run.text.trim());
  const narrative = runs
    .map((run, i) => (isQuotation(run, i) ? "…" : run.text))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return { text, paragraph, index, runs, narrative, quotations, startsQuoted: mask[0] === true || text.startsWith("“") };
}

const isHeadline = (line: string) => line.length <= 250 && !/[.!?]["”]?$/u.test(line);

/** Short lines above the story without a full sentence: a byline, a date, "Published ...". */
const isHeaderLine = (line: string) => line.length <= 120 && !/[.!?]["”]?$/u.test(line);

export function readReport(text: string): Report {
  const blocks = paragraphsOf(text);
  const title = blocks.length > 1 && isHeadline(blocks[0]) ? blocks[0] : "";
  let start = title ? 1 : 0;
  const header: string[] = [];
  while (start < blocks.length - 1 && (blocks[start] === title || isHeaderLine(blocks[start]))) {
    if (blocks[start] !== title) header.push(blocks[start]);
    start++;
  }
  const paragraphs: Sentence[][] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks.slice(start)) {
    const mask = quotedMask(block);
    const sentencesOfBlock: Sentence[] = [];
    let from = 0;
    for (const end of sentenceEnds(block)) {
      const raw = block.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const textOfSentence = raw.trim();
      if (textOfSentence) {
        const offset = from + lead;
        const made = sentence(textOfSentence, mask.slice(offset, offset + textOfSentence.length), paragraphs.length, sentences.length);
        sentencesOfBlock.push(made);
        sentences.push(made);
      }
      from = end;
    }
    paragraphs.push(sentencesOfBlock);
  }
  return { title: title || titleFromLead(sentences[0]?.text ?? ""), header, paragraphs, sentences };
}

// The dateline a story may open with: "GENEVA, 3 October 2025 —", "WASHINGTON, D.C., Oct. 4 —",
// "Paris (AFP) -", "NAIROBI —". Every part of it is short, and so is every quantifier: the first
// sentence may be the whole pasted text (tests/unit/events-report-adversarial.test.ts).
const DATELINE =
  /^\p{Lu}[\p{L} .'’-]{1,40}(?:,\s{1,3}\p{Lu}[\p{L}.]{0,20})?(?:\s{0,3}\([^)]{1,30}\))?,?(?:\s{1,3}(?:\d{1,2}\s{1,3}\p{L}{1,20}\.?|\p{L}{1,20}\.?\s{1,3}\d{1,2}),?(?:\s{1,3}\d{4})?)?\s{0,3}[—–-]{1,2}\s+/u;

/**
 * The sentence without the dateline it opens with. A dateline has a date, a news agency or its
 * place in capitals; "Speakers - among them …" is the sentence's own dash and stays.
 */
export function withoutDateline(sentence: string): string {
  const dateline = DATELINE.exec(sentence)?.[0];
  if (!dateline) return sentence;
  const place = dateline.split(/[,(—–]|\s-/u)[0];
  return /[\d(]/u.test(dateline) || !/\p{Ll}/u.test(place) ? sentence.slice(dateline.length) : sentence;
}

// A report without a headline: its first sentence, without the dateline and cut at a word
// boundary, makes a title to correct.
const TITLE_LENGTH = 120;

export function titleFromLead(sentence: string): string {
  const text = withoutDateline(sentence).replace(/[.!]$/u, "").trim();
  const lead = text ? text[0].toUpperCase() + text.slice(1) : "";
  if (lead.length <= TITLE_LENGTH) return lead;
  const cut = lead.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : TITLE_LENGTH).replace(/[,;:]$/u, "")}…`;
}
