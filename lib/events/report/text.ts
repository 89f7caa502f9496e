import { CAPITALISED_ABBREVIATIONS, COMMON_CAPITALS, LOWER_CASE_ABBREVIATIONS } from "./lexicon";

// A pasted report as the other readers need it: the headline, the lines above the story (byline,
// date line), and the story's paragraphs cut into sentences, each knowing which of its words are
// inside quotation marks (what a speaker said) and which are the reporter's.

export type Run = { text: string; quoted: boolean };

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
export const LONGEST_SENTENCE = 2000;

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

function endsWithAbbreviation(before: string, next: string): boolean {
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1];
  if (!word) return false;
  if (CAPITALISED_ABBREVIATIONS.has(word) || LOWER_CASE_ABBREVIATIONS.has(word.toLowerCase())) return true;
  // An initial ("Robert F. Kennedy") or a dotted acronym ("U.N.", "D.C."): a sentence ends there
  // only when the next word is one that usually starts a sentence.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) {
    const nextWord = /^[“"‘(]?([\p{L}]+)/u.exec(next)?.[1] ?? "";
    return !(word.includes(".") && COMMON_CAPITALS.has(nextWord.toLowerCase()));
  }
  return false;
}

/** Offsets where sentences of a paragraph end. */
function sentenceEnds(paragraph: string): number[] {
  const ends: number[] = [];
  const boundary = /[.!?…]+[”"’)\]]*(?=\s+[“"‘(]?[\p{Lu}\d])/gu;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (endsWithAbbreviation(paragraph.slice(0, match.index + 1), paragraph.slice(end).trimStart())) continue;
    ends.push(end);
  }
  ends.push(paragraph.length);
  return ends;
}

function runsOf(text: string, mask: boolean[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const quoted = mask[i];
    const last = runs.at(-1);
    if (last && last.quoted === quoted) last.text += text[i];
    else runs.push({ text: text[i], quoted });
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

// A report without a headline: its first sentence, without the dateline ("GENEVA, 3 October 2025 —",
// "Paris (AFP) -") and cut at a word boundary, makes a title to correct.
const DATELINE =
  /^\p{Lu}[\p{L} .'’-]{1,40}(?:\s*\([^)]{1,30}\))?,?(?:\s+(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2}),?(?:\s+\d{4})?)?\s*[—–-]{1,2}\s+/u;
const TITLE_LENGTH = 120;

export function titleFromLead(sentence: string): string {
  const text = sentence.replace(DATELINE, "").replace(/[.!]$/u, "").trim();
  const lead = text ? text[0].toUpperCase() + text.slice(1) : "";
  if (lead.length <= TITLE_LENGTH) return lead;
  const cut = lead.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : TITLE_LENGTH).replace(/[,;:]$/u, "")}…`;
}
