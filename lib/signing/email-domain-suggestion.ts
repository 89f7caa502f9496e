// "gmial.com → gmail.com?" (issue #13): a mistyped domain sends the confirmation link nowhere, and
// the signature is never counted. Shared by the sign form (as the signer leaves the field) and the
// server (on the "Check your email" notice, for a browser without JavaScript). Only ever a
// suggestion: an address is never refused for it, since a domain we do not know may well be right.

/** The providers most signers use: international, French, and those common in the Iranian diaspora. */
const COMMON_DOMAINS = [
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "yahoo.fr",
  "yahoo.co.uk",
  "yahoo.de",
  "ymail.com",
  "hotmail.com",
  "hotmail.fr",
  "hotmail.co.uk",
  "hotmail.de",
  "outlook.com",
  "outlook.fr",
  "live.com",
  "live.fr",
  "live.co.uk",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "protonmail.com",
  "proton.me",
  "gmx.com",
  "gmx.fr",
  "gmx.de",
  "gmx.net",
  "web.de",
  "t-online.de",
  "mail.com",
  "zoho.com",
  "yandex.com",
  "yandex.ru",
  "mail.ru",
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "laposte.net",
  "sfr.fr",
  "neuf.fr",
  "bbox.fr",
  "numericable.fr",
  "aliceadsl.fr",
  "club-internet.fr",
  "btinternet.com",
  "sky.com",
] as const;
const KNOWN = new Set<string>(COMMON_DOMAINS);

/** Top-level domains typed for another, that are not real ones themselves (.co and .cm are). */
const TLD_SLIPS: Record<string, string> = {
  con: "com",
  cmo: "com",
  ocm: "com",
  cpm: "com",
  vom: "com",
  xom: "com",
  comm: "com",
  coom: "com",
  fe: "fr",
  ft: "fr",
  rf: "fr",
  frr: "fr",
  nte: "net",
  ent: "net",
  nett: "net",
  ogr: "org",
  orgg: "org",
};

export type EmailDomainSuggestion = { typed: string; suggested: string };

/** The likely intended domain of an address, or null when it looks right or nothing is close. */
export function suggestEmailDomain(email: string): EmailDomainSuggestion | null {
  const at = email.lastIndexOf("@");
  const typed = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  if (at < 1 || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(typed) || typed.length > 253 || KNOWN.has(typed)) return null;
  const suggested = closestCommonDomain(typed) ?? withTldFixed(typed);
  return suggested && suggested !== typed ? { typed, suggested } : null;
}

// The one common domain within reach of what was typed: one slip for a short domain, two for a
// longer one. Two equally close candidates (gmx.fe: gmx.de or gmx.fr?) make no suggestion here.
function closestCommonDomain(typed: string): string | null {
  const fixedTld = withTldFixed(typed);
  if (fixedTld && KNOWN.has(fixedTld)) return fixedTld;
  const reach = typed.length < 9 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = reach + 1;
  let tied = false;
  for (const domain of COMMON_DOMAINS) {
    if (Math.abs(domain.length - typed.length) > reach) continue;
    const distance = editDistance(typed, domain, reach);
    if (distance < bestDistance) {
      best = domain;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) tied = true;
  }
  return best && !tied ? best : null;
}

function withTldFixed(domain: string): string | null {
  const dot = domain.lastIndexOf(".");
  const fix = TLD_SLIPS[domain.slice(dot + 1)];
  return fix ? `${domain.slice(0, dot + 1)}${fix}` : null;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbours ("gmial") each cost one. Stops early once every path exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return rowMin;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
