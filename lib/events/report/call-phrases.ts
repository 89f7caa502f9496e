import { AUDIENCE_WORDS, COMMON_CAPITALS, COUNTRIES, INSTITUTION_WORDS, inList } from "./lexicon";
import { capitaliseFirst } from "./tokens";

// The pieces of a call to action: where its action ends, who the subject of "should"/"must" is,
// and how a noun ("the formation of a commission") or a passive ("be brought to justice") turns
// into something to do ("form a commission", "bring ... to justice").

export const NOT_NAMED = "Not named in the report";
export const WE_NOT_NAMED = "Not named in the report (the speaker said “we”)";

const SPEECH = "(?:said|says|added|stressed|noted|continued|concluded|insisted|warned|told|declared|argued)";
const ACTION_STOP = new RegExp(
  [
    String.raw`;|:\s`,
    String.raw`\s+[—–]\s`,
    "…",
    String.raw`\s+and\s+(?=(?:called|calls|urged|urges|asked|asks|appealed|demanded|pointed|said|added|stressed|noted|warned|described|condemned|announced|told|to|also|then)\b)`,
    String.raw`,["”]?\s*(?:he|she|they|we)\s+${SPEECH}\b`,
    String.raw`,["”]?\s*${SPEECH}\s`,
    String.raw`,["”]?\s*(?:\p{Lu}[\p{L}’'.-]+\s)+${SPEECH}\b`,
  ].join("|"),
  "u",
);

/**
 * `text` without the characters `trailing` matches at its end. A loop: `/[,;:]+$/` tries every run
 * of those characters from its first one to the end of the text, which costs the square of a run
 * of ", , , , " in the middle of a phrase.
 */
function withoutTrailing(text: string, trailing: RegExp): string {
  let end = text.length;
  while (end > 0 && trailing.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** The text of an action or noun phrase starting at `from`, up to where the clause ends. */
export function phraseFrom(text: string, from: number): { phrase: string; end: number } {
  const rest = text.slice(from);
  const stop = ACTION_STOP.exec(rest);
  let raw = rest.slice(0, stop ? stop.index : rest.length);
  // A closing quotation mark ends the phrase, unless the phrase opened it (“crime against humanity”).
  const close = raw.search(/["”]/);
  if (close !== -1 && !raw.slice(0, close).includes("“")) raw = raw.slice(0, close);
  const phrase = withoutTrailing(raw, /[\s,.;:!?]/).trim();
  return { phrase, end: from + raw.length };
}

const CLAUSE_START = new RegExp(
  String.raw`[,;:…“”"(]\s*|\s(?:that|but|because|while|if|although|though|so|when|whereas|and that)\s|\b(?:${SPEECH.slice(3, -1)}|said|pointed out|believes|believe|thinks|think|hopes|hope)\s+(?:(?:the crowd|the meeting|the conference|reporters|councillors|the audience)\s+)?(?:that\s+)?`,
  "gu",
);

/** The subject of a "should"/"must" at `at`: "our governments and the EU", "All of us, ..., and all those who ...". */
export function subjectBefore(text: string, at: number): string {
  const before = text.slice(0, at).replace(/\s+(?:also|now|still|really|therefore|thus|too|then|urgently)\s*$/i, "");
  const starts = [...before.matchAll(CLAUSE_START)].map((match) => ({
    at: match.index,
    end: match.index + match[0].length,
    comma: match[0].startsWith(","),
  }));
  let last = starts.at(-1);
  let subject = before.slice(last?.end ?? 0).trim();
  // A list of subjects: "All of us, all human rights advocates, and all those who ...".
  if (/^(?:and|or)\s/i.test(subject)) {
    for (let i = starts.length - 1; i >= 0 && starts[i].comma; i--) {
      const segment = before.slice(starts[i - 1]?.end ?? 0, starts[i].at).trim();
      if (segment.split(/\s+/).length > 8) break;
      last = starts[i - 1];
      if (!last?.comma) break;
    }
    subject = before.slice(last?.end ?? 0).trim();
  }
  return subject.replace(/^(?:(?:and|but|so|then|yet|or)\s+)+/i, "").trim();
}

export type SubjectKind = "we" | "institution" | "none";

/** Whether a subject is someone a call can be made to: an institution, a public, or "we". */
export function subjectKind(subject: string): SubjectKind {
  if (!subject || subject.split(/\s+/).length > 20) return "none";
  if (/^(?:we|us|all of us|each of us)$/i.test(subject)) return "we";
  if (/^(?:no|none|nothing|nobody|neither|not)\b/i.test(subject)) return "none";
  if (
    /^(?:it|they|he|she|this|that|these|those|which|who|you|there|i|one|what|everything|something|someone|[\p{Ll}\s]+ is [\p{Ll}\s]+)$/iu.test(
      subject,
    )
  )
    return "none";
  const words = subject.split(/[\s,]+/).filter(Boolean);
  const institutional = words.some(
    (word, i) =>
      inList(word, INSTITUTION_WORDS) ||
      inList(word, AUDIENCE_WORDS) ||
      inList(word, COUNTRIES) ||
      (/^\p{Lu}/u.test(word) && !(i === 0 && COMMON_CAPITALS.has(word.toLowerCase()))),
  );
  return institutional || /^all\b/i.test(subject) ? "institution" : "none";
}

export function cleanTarget(target: string): string {
  return capitaliseFirst(
    withoutTrailing(
      target
        .trim()
        .replace(/^(?:the|all)\s+(?=\p{L})/iu, (article) => (/^all/i.test(article) ? article : ""))
        .replace(/\s+and\s+the\s+/g, " and "),
      /[\s,;:]/,
    ),
  );
}

const IRREGULAR: Record<string, string> = {
  brought: "bring",
  held: "hold",
  put: "put",
  made: "make",
  sent: "send",
  given: "give",
  taken: "take",
  kept: "keep",
  found: "find",
  tried: "try",
  freed: "free",
  told: "tell",
  set: "set",
  led: "lead",
  paid: "pay",
  done: "do",
  seen: "see",
  known: "know",
  shut: "shut",
  banned: "ban",
  stopped: "stop",
  barred: "bar",
  committed: "commit",
  expelled: "expel",
  referred: "refer",
  hidden: "hide",
  shown: "show",
  won: "win",
  lifted: "lift",
};

/** "designated" → "designate", "listed" → "list", "brought" → "bring". */
export function baseVerb(participle: string): string {
  const word = participle.toLowerCase();
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.endsWith("ied")) return `${word.slice(0, -3)}y`;
  if (!word.endsWith("ed")) return word;
  const stem = word.slice(0, -2);
  return /(?:at|is|iz|os|uc|ur|ag|iv|ov|ut|ir|as|us|ac|ud|od|id|rg|dg|ng(?=e)|bl|pl|gl|tl|ys)$/.test(stem) ? `${stem}e` : stem;
}

const PARTICIPLE =
  /^(?:\p{Ll}+ed|brought|held|put|made|sent|given|taken|kept|found|tried|freed|told|set|led|paid|done|seen|known|shut|hidden|shown|won)$/u;

/** "the killers of X be brought to justice" → "bring the killers of X to justice"; null if not passive. */
export function passiveToAction(subject: string, predicate: string): string | null {
  const match = /^be\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b\s*(.*)$/u.exec(predicate);
  if (!match || !PARTICIPLE.test(match[1])) return null;
  const rest = match[2].trim();
  return `${baseVerb(match[1])} ${lowerFirst(subject)}${rest ? ` ${rest}` : ""}`;
}

/** "go on trial", "face justice": what the report wants done to the subject. */
export function fateToAction(subject: string, predicate: string): string | null {
  const match = /^(go on trial|stand trial|face trial|face justice)\b\s*(.*)$/i.exec(predicate);
  if (!match) return null;
  const done = /justice/i.test(match[1]) ? `bring ${lowerFirst(subject)} to justice` : `put ${lowerFirst(subject)} on trial`;
  return `${done}${match[2] ? ` ${match[2]}` : ""}`;
}

const lowerFirst = (text: string) => (/^(?:The|Those|These|All|Their|Its|Our)\b/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

const NOMINALS: Record<string, string> = {
  formation: "form",
  establishment: "establish",
  creation: "create",
  release: "release",
  opening: "open",
  reopening: "reopen",
  adoption: "adopt",
  suspension: "suspend",
  withdrawal: "withdraw",
  cancellation: "cancel",
  recognition: "recognise",
  prosecution: "prosecute",
  extradition: "extradite",
  appointment: "appoint",
  implementation: "implement",
  closure: "close",
  abolition: "abolish",
  removal: "remove",
  return: "return",
  protection: "protect",
  restoration: "restore",
  publication: "publish",
  referral: "refer",
  end: "end",
  lifting: "lift",
  resumption: "resume",
  launch: "launch",
  dissolution: "dissolve",
  repeal: "repeal",
  designation: "designate",
  investigation: "investigate",
  liberation: "free",
  disclosure: "disclose",
  reform: "reform",
};
const MANNER: Record<string, string> = {
  immediate: "immediately",
  urgent: "urgently",
  swift: "swiftly",
  prompt: "promptly",
  unconditional: "unconditionally",
  full: "fully",
};

/** What a demanded thing asks to be done: "the formation of a commission" → "form a commission". */
export function nominalToAction(phrase: string): string {
  const nominal = /^(?:the|an?)\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)\s+of\s+(.+)$/u.exec(phrase);
  if (nominal && NOMINALS[nominal[2]] && (!nominal[1] || MANNER[nominal[1]])) {
    return capitaliseFirst(`${NOMINALS[nominal[2]]} ${nominal[3]}${nominal[1] ? ` ${MANNER[nominal[1]]}` : ""}`);
  }
  const release = /^(his|her|their)\s+(?:(immediate|unconditional)\s+)?release\b\s*(.*)$/i.exec(phrase);
  if (release) {
    const object = { his: "him", her: "her", their: "them" }[release[1].toLowerCase() as "his" | "her" | "their"];
    return capitaliseFirst(`release ${object}${release[2] ? ` ${MANNER[release[2].toLowerCase()]}` : ""}${release[3] ? ` ${release[3]}` : ""}`);
  }
  const head =
    /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(investigation|inquiry|enquiry|probe|hearing|referendum|vote|debate|trial|review|audit|summit|commission|tribunal|mechanism|court|fund|task force|register|moratorium|ban|embargo|sanctions|freeze)\b/u.exec(
      phrase,
    );
  if (head) {
    const verb = /commission|tribunal|mechanism|court|fund|task force|register/.test(head[1])
      ? "establish"
      : /moratorium|ban|embargo|sanctions|freeze/.test(head[1])
        ? "impose"
        : "hold";
    return capitaliseFirst(`${verb} ${phrase}`);
  }
  if (/^(?:accountability|justice|an end|redress|reparations|truth)\b/i.test(phrase)) return capitaliseFirst(`ensure ${phrase}`);
  return capitaliseFirst(phrase);
}
