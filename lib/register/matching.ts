import { nameTokens } from "./names";

// How one signature of an official compares with the officials of its commune in an extract
// (issue #14). Three parts are compared: surname, first name and office (the commune is the
// same, since only its officials are candidates).
// - verified: all three equal (the name in either order: "Jean Dupont" or "Dupont Jean");
// - review: exactly one part differs, and a name part only slightly (an initial, one of two
//   first names, one letter off); the organizers decide;
// - not-found: anything else.

export type Candidate = { surname: string; firstName: string; office: string; departementCode: string };
type Difference = "office" | "first-name" | "surname";

export type MatchOutcome =
  | { result: "verified"; official: Candidate }
  | { result: "review"; official: Candidate; difference: Difference }
  | { result: "not-found" };

const equal = (a: string[], b: string[]) => a.length === b.length && a.every((word, i) => word === b[i]);

/** At most one letter added, removed or changed, in words of at least four letters. */
function oneLetterOff(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** "J" for "Jean", "Jean" for "Jean Pierre" (one of two first names), or one letter off. */
function nearlyEqual(signed: string[], registered: string[]): boolean {
  if (signed.length === 0 || registered.length === 0) return false;
  if (signed.length === 1 && signed[0].length === 1) return registered[0].startsWith(signed[0]);
  if (signed.length < registered.length) return signed.every((word, i) => word === registered[i]);
  if (signed.length > registered.length) return registered.every((word, i) => word === signed[i]);
  return oneLetterOff(signed.join(" "), registered.join(" "));
}

type NameFit = "exact" | "first-name" | "surname" | null;

/** How the signed words fit a first name and surname, in either order, trying every split. */
function fitName(words: string[], first: string[], surname: string[]): NameFit {
  if (equal(words, [...first, ...surname]) || equal(words, [...surname, ...first])) return "exact";
  let fit: NameFit = null;
  for (let split = 1; split < words.length; split++) {
    const head = words.slice(0, split);
    const tail = words.slice(split);
    for (const [givenPart, familyPart] of [
      [head, tail],
      [tail, head],
    ]) {
      if (equal(familyPart, surname) && nearlyEqual(givenPart, first)) fit = "first-name";
      else if (fit === null && equal(givenPart, first) && nearlyEqual(familyPart, surname)) fit = "surname";
    }
  }
  return fit;
}

const RANK = { verified: 0, "review-office": 1, "review-first-name": 2, "review-surname": 3 } as const;

/**
 * The best match of a signer's full name and office among the officials of their commune. Homonyms
 * (two officials of one name in one commune) are told apart by office; when both fit equally the
 * first is taken, which is the same person as far as the register can say.
 */
export function matchOfficial(fullName: string, office: string, candidates: Candidate[]): MatchOutcome {
  const words = nameTokens(fullName);
  let best: { rank: number; outcome: MatchOutcome } | null = null;
  for (const official of candidates) {
    const fit = fitName(words, nameTokens(official.firstName), nameTokens(official.surname));
    if (fit === null) continue;
    const sameOffice = official.office === office;
    let outcome: MatchOutcome | null = null;
    let rank: number = RANK.verified;
    if (fit === "exact" && sameOffice) outcome = { result: "verified", official };
    else if (fit === "exact") [outcome, rank] = [{ result: "review", official, difference: "office" }, RANK["review-office"]];
    else if (sameOffice) [outcome, rank] = [{ result: "review", official, difference: fit }, RANK[`review-${fit}`]];
    if (outcome && (!best || rank < best.rank)) best = { rank, outcome };
    if (best?.rank === RANK.verified) break;
  }
  return best?.outcome ?? { result: "not-found" };
}
