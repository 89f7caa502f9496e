// One person, one signature: addresses that reach the same mailbox must compare equal.
// Only providers known to ignore dots or "+tags" are folded; for anyone else the local part
// is kept apart from lower-casing, because "a.b@example.org" and "ab@example.org" may be two people.

type ProviderRule = { canonicalDomain: string; ignoresDots: boolean; ignoresPlusTag: boolean };

const GMAIL: ProviderRule = { canonicalDomain: "gmail.com", ignoresDots: true, ignoresPlusTag: true };
const plusTagOnly = (canonicalDomain: string): ProviderRule => ({
  canonicalDomain,
  ignoresDots: false,
  ignoresPlusTag: true,
});

const PROVIDERS: Record<string, ProviderRule> = {
  "gmail.com": GMAIL,
  "googlemail.com": GMAIL,
  "outlook.com": plusTagOnly("outlook.com"),
  "hotmail.com": plusTagOnly("hotmail.com"),
  "live.com": plusTagOnly("live.com"),
  "icloud.com": plusTagOnly("icloud.com"),
  "me.com": plusTagOnly("me.com"),
  "proton.me": plusTagOnly("proton.me"),
  "protonmail.com": plusTagOnly("protonmail.com"),
  "fastmail.com": plusTagOnly("fastmail.com"),
};

export function canonicalizeEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return trimmed;
  let local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).replace(/\.$/, "");
  const rule = PROVIDERS[domain];
  if (!rule) return `${local}@${domain}`;
  if (rule.ignoresPlusTag) {
    const plus = local.indexOf("+");
    if (plus > 0) local = local.slice(0, plus);
  }
  if (rule.ignoresDots) local = local.replaceAll(".", "");
  return `${local}@${rule.canonicalDomain}`;
}
