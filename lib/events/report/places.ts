import { COUNTRIES, inList } from "./lexicon";
import { readableSentences, type Report } from "./text";
import { capitaliseFirst } from "./tokens";

// Where the event took place and who hosted it. A place is a phrase after "at", "in" or "outside"
// in a sentence about the event ("held at the Palais des Nations in Geneva", "in Tirana,
// Albania"); a venue without a town gets the town from elsewhere in the report. When the headline
// names another town than the story, the note says so: the story is usually the better witness.

const EVENT_VERBS = /\b(?:held|took place|gathered|met|convened|assembled|rallied|observed|hosted|staged|organi[sz]ed|marched|opened|attended)\b/i;
const EVENT_NOUNS =
  /\b(?:ceremony|conference|rally|vigil|meeting|event|session|hearing|protest|demonstration|exhibition|commemoration|summit|panel|gathering|seminar|forum)\b/i;
const VENUE_WORDS =
  /\b(?:Hall|Square|Place|Palais|Palace|Club|Room|Park|Legislature|Parliament|Cathedral|Church|Mosque|Centre|Center|Hotel|Theatre|Theater|Museum|Library|Chamber|chamber|House|Building|Embassy|Consulate|Street|Avenue|Stadium|University|Plaza|Mairie)\b/;
// "prisoners in Iran", "executions in Iran": the subject of the event, not where it was held.
const SUBJECT_NOUNS =
  /\b(?:prisoners|massacre|executions|killings|crimes|people|victims|war|regime|situation|rights|elections|protesters|crackdown|repression|defenders|journalists|imprisoned|detained|disappeared|perished|killed)\s+$/i;

const PHRASE_END =
  /\s+(?:on|to|for|by|with|from|during|after|before|where|which|who|when|while|attended|and|that|as)\s|\s+in front\b|(?<!\p{Lu})[;:.!?]\s|[;:.!?]$|,\s+(?=[\p{Ll}\d])|,\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|\s+[—–]\s|$/u;

type Candidate = { place: string; score: number; position: number };

/** A place of more words than this is a clause, not a place. */
const PLACE_WORDS = 14;

/**
 * Where the phrase starting at `from` ends, for `from`s in increasing order: one search serves
 * every start before the stop it found, so a sentence with a hundred "in"s is read once, not a
 * hundred times (issue #13).
 */
function phraseEnds(text: string): (from: number) => number {
  const search = new RegExp(PHRASE_END.source, "gu");
  let stop = -1;
  return (from) => {
    if (stop < from) {
      search.lastIndex = from;
      stop = search.exec(text)!.index;
    }
    return stop;
  };
}

/** The last characters before `end`, `length` of them and one more for a `\b` to look at. */
const tail = (text: string, end: number, length: number) => text.slice(Math.max(0, end - length - 1), end);

const hasTown = (place: string) => /,\s*\p{Lu}/u.test(place) || /\sin\s+\p{Lu}/u.test(place) || !VENUE_WORDS.test(place);

// The narrative has single spaces, so each test below that is anchored at the end of the text
// before a place reads only as far back as its longest match ("took place in the ", a verb and 60
// characters, "disappeared "), not the whole sentence again for each place.
function candidates(report: Report): Candidate[] {
  const found: Candidate[] = [];
  readableSentences(report).forEach((sentence, position) => {
    const text = sentence.narrative;
    const aboutEvent = EVENT_VERBS.test(text) || EVENT_NOUNS.test(text);
    const endOf = phraseEnds(text);
    const spaces = new Int32Array(text.length + 1);
    for (let i = 0; i < text.length; i++) spaces[i + 1] = spaces[i] + (text[i] === " " ? 1 : 0);
    for (const match of text.matchAll(/\b(at|in|outside|inside)\s+(?:the\s+)?/g)) {
      const start = match.index + match[0].length;
      const end = endOf(start);
      // With more spaces than that, the place has too many words whatever "the" and spaces it drops.
      if (spaces[end] - spaces[start] > PLACE_WORDS + 3) continue;
      const place = text
        .slice(start, end)
        .replace(/^the\s+/i, "")
        .trim();
      const words = place.split(/\s+/);
      // A place starts with a capital ("in Tirana"), unless it is the venue the event was held in
      // ("held in the council chamber of ...").
      const heldIn = /\b(?:held|took place)\s+\w+\s+(?:the\s+)?$/.test(tail(text, start, 40));
      const venue = VENUE_WORDS.test(words.slice(0, 2).join(" "));
      if (!place || words.length > PLACE_WORDS || (!/^\p{Lu}/u.test(place) && !(venue && heldIn))) continue;
      let score = 0;
      const before = tail(text, match.index, 80);
      if (/\b(?:held|took place|gathered|met|convened|assembled|rallied|observed|staged|marched)\b[^,.;]{0,60}$/i.test(before)) score += 4;
      if (aboutEvent) score += 2;
      if (VENUE_WORDS.test(place)) score += 2;
      if (/,\s*\p{Lu}/u.test(place) && inList(place.split(/,\s*/).at(-1)!, COUNTRIES)) score += 2;
      if (position < 3) score += 1;
      if (SUBJECT_NOUNS.test(before)) score -= 5;
      if (!aboutEvent) score -= 2;
      found.push({ place, score, position });
    }
  });
  return found.sort((a, b) => b.score - a.score || a.position - b.position);
}

/** The town a venue belongs to: another candidate that is a bare town, the host's town, or the date line's. */
function townFor(report: Report, others: Candidate[], venue: string): string | null {
  const town = others.find((c) => c.place !== venue && !VENUE_WORDS.test(c.place) && c.score > 0 && c.place.split(" ").length <= 4);
  if (town) return town.place;
  for (const sentence of report.sentences.slice(0, 4)) {
    const match =
      /\b(?:Municipality|City|Town|Mayor|[Cc]ity council|[Tt]own council|[Cc]ouncil) of ((?:\p{Lu}[\p{L}’'.-]*\s?)+(?:\d+(?:st|nd|rd|th) District)?)/u.exec(
        sentence.narrative,
      );
    if (match) return match[1].trim();
  }
  const dateline =
    report.header.map((line) => /^([\p{Lu}][\p{L} .’'-]{1,40}),\s+\S*\d/u.exec(line)?.[1]).find(Boolean) ??
    // "NAIROBI — Families of ..." or "GENEVA, March 14, 2019 — ...": the story's own date line.
    /^(\p{Lu}[\p{Lu} .'-]{2,30})(?:,[^—–]{4,40})?\s+[—–]\s/u.exec(report.sentences[0]?.text ?? "")?.[1];
  return dateline
    ? dateline
        .trim()
        .toLowerCase()
        .replace(/(?:^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase())
    : null;
}

function headlineTown(title: string): string | null {
  for (const match of title.matchAll(/\b(?:in|at)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu)) {
    if (!SUBJECT_NOUNS.test(title.slice(0, match.index))) return match[1];
  }
  return null;
}

export function findPlace(report: Report): { place: string; placeNote: string | null } {
  const ranked = candidates(report);
  const best = ranked[0];
  if (!best || best.score < 1) return { place: "", placeNote: null };
  let place = best.place.replace(/\s+in\s+(?=\p{Lu})/u, ", ");
  if (!hasTown(best.place)) {
    const town = townFor(report, ranked.slice(1), best.place);
    if (town && !place.includes(town)) place = `${place}, ${town}`;
  }
  const headline = headlineTown(report.title);
  const storyText = report.sentences.map((s) => s.narrative).join(" ");
  const placeNote =
    headline && !place.includes(headline) && !storyText.includes(headline)
      ? `The headline places the event in ${headline}, but the story says ${place} and does not mention ${headline}. Check the sources.`
      : null;
  return { place: capitaliseFirst(place), placeNote };
}

// What follows "hosted by": up to the end of the clause ("..., and moderated by"), keeping
// "A and the B" together and the stop of "Prof." inside.
const HOST_END = String.raw`(?=\s+and\s+(?!the\s+\p{Lu})\p{Ll}|,\s+\p{Ll}|;|\.?$)`;
const HOST_PATTERNS: { regex: RegExp; label: string }[] = [
  { regex: new RegExp(String.raw`\b(?:hosted|organi[sz]ed|convened|co-organi[sz]ed|arranged) by ([^;]+?)${HOST_END}`, "u"), label: "organised by " },
  { regex: /\b(?:[Ii]nvited by|at the invitation of) ([^;]+?)(?=,\s+the\s|\s+and\s+\p{Ll}|;|\.?$)/u, label: "at the invitation of " },
  { regex: new RegExp(String.raw`\bco-sponsored by ([^;]+?)${HOST_END}`, "u"), label: "co-sponsored by " },
  { regex: new RegExp(String.raw`\bchaired by ([^;]+?)${HOST_END}`, "u"), label: "chaired by " },
  { regex: new RegExp(String.raw`\bmoderated by ([^;]+?)${HOST_END}`, "u"), label: "moderated by " },
  { regex: new RegExp(String.raw`\borgani[sz]ed (?:together |jointly )?with ([^;]+?)${HOST_END}`, "u"), label: "with " },
  // "a public hearing of the Bundestag’s Committee on Human Rights, held in ...": the body meeting.
  // Its name is bounded: a ";" before the end fails the match, and then every "hearing of" before
  // that ";" would be read up to it again.
  {
    regex: /\b(?:hearing|meeting|session|sitting|congress|assembly) of (?:the )?(\p{Lu}[^,;]{1,300}?)(?=,|\s+(?:held|in|at)\s|\.?$)/u,
    label: "",
  },
];

// "About two hundred people held a vigil": a crowd, not a host.
const CROWD = /^(?:about|around|some|several|many|hundreds|thousands|dozens|a (?:number|group|crowd)|a cross-party|\d)/i;

export function findHost(report: Report): string {
  const parts: string[] = [];
  for (const sentence of report.sentences.slice(0, 6)) {
    const text = sentence.narrative;
    const subject = /^((?:The\s+)?\p{Lu}[^,]{2,80}?)\s+(?:held|hosted|organi[sz]ed|convened|staged|adopted)\s+(?:an?|the|its)\s/u.exec(text);
    if (subject && !CROWD.test(subject[1]) && !parts.length) parts.push(subject[1]);
    for (const { regex, label } of HOST_PATTERNS) {
      const match = regex.exec(text);
      if (!match) continue;
      const host = match[1].trim().replace(/,$/, "");
      if (parts.some((part) => part.includes(host))) continue;
      parts.push(parts.length === 0 && (label === "organised by " || label === "") ? host : `${label}${host}`);
    }
  }
  return parts.length ? capitaliseFirst(parts.join("; ")) : "Not named in the report";
}
