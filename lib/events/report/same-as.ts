import { baseVerb } from "./call-phrases";

// What "Europe must do the same" asks: what the sentence before says was done, as an action
// ("the IRGC was rightly designated as a terrorist entity by the U.S." → "designate the IRGC as a
// terrorist entity, as the U.S. did").

// "was rightly designated as a terrorist entity [by the U.S.]": a passive, its participle and the
// rest of its clause.
const PASSIVE = /\s+(?:was|were|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+ed)\b\s*((?:[^.;]|(?<=\b\p{Lu})\.)*)/gu;

/**
 * The first clause that says what was done to whom: a capital (or "the") after a space, then, with
 * no ";" between, a passive. As `(?:^|\s)(\p{Lu}[^;]*?|the\s[^;]*?)` before PASSIVE would read it,
 * but in one reading of the text: that regex reads the rest of the sentence again from every capital.
 */
function firstPassive(text: string): { subject: string; participle: string; rest: string } | null {
  let passive: RegExpExecArray | null = null;
  let passiveFrom = Infinity;
  let semicolon = -1;
  let semicolonFrom = Infinity;
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && !/\s/.test(text[at - 1])) continue;
    const capital = /^\p{Lu}/u.test(text.slice(at, at + 2));
    if (!capital && !(text.startsWith("the", at) && /\s/.test(text[at + 3] ?? ""))) continue;
    const from = at + (capital ? String.fromCodePoint(text.codePointAt(at)!).length : 4);
    // Both searches go forward from starts that only grow: each answer holds until it is passed.
    if (from < passiveFrom || (passive && passive.index < from)) {
      PASSIVE.lastIndex = from;
      passive = PASSIVE.exec(text);
      passiveFrom = from;
    }
    if (!passive) return null;
    if (at < semicolonFrom || (semicolon !== -1 && semicolon < at)) {
      semicolon = text.indexOf(";", at);
      semicolonFrom = at;
    }
    if (semicolon !== -1 && semicolon < passive.index) continue;
    return { subject: text.slice(at, passive.index), participle: passive[1], rest: passive[2] };
  }
  return null;
}

/** "the IRGC was rightly designated as a terrorist entity [by the U.S.]" → what "do the same" means. */
export function sameAs(previous: string): string | null {
  const match = firstPassive(previous);
  if (!match) return null;
  const subject = match.subject
    .split(/\sthat\s/)
    .at(-1)!
    .trim();
  // The agent is short: unbounded, each "by" before a "]" would be read up to the "]".
  const by = /\bby\s+([^\]]{1,200}?)\]?\s*$/.exec(match.rest);
  // Where the agent begins: "by", with the "[" and the spaces before it.
  let agentAt = by ? by.index - (match.rest[by.index - 1] === "[" ? 1 : 0) : match.rest.length;
  while (by && agentAt > 0 && /\s/.test(match.rest[agentAt - 1])) agentAt--;
  const rest = match.rest.slice(0, agentAt);
  return `${baseVerb(match.participle)} ${subject}${rest.trim() ? ` ${rest.trim()}` : ""}${by ? `, as ${by[1]} did` : ""}`;
}
