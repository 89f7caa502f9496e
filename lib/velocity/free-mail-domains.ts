// Email domains shared by millions of unrelated people: a surge of signatures from one of them is
// what a popular petition looks like, not a sign of fraud, so the per-domain velocity rules
// (rules.ts) skip them. Country variants of the big brands (hotmail.fr, yahoo.co.uk, gmx.de) are
// matched by their first label; the rest exactly. Canonical domains (lib/signing/canonical-email.ts):
// googlemail.com arrives as gmail.com.
const FREE_MAIL_BRANDS = new Set(["hotmail", "outlook", "live", "yahoo", "ymail", "gmx", "aol", "yandex", "msn"]);

const FREE_MAIL_DOMAINS = new Set([
  "gmail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "fastmail.com",
  "zoho.com",
  "mail.com",
  "mail.ru",
  "web.de",
  "t-online.de",
  "libero.it",
  // France: the big access providers' mailboxes.
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "laposte.net",
  "sfr.fr",
  "neuf.fr",
  "bbox.fr",
  "numericable.fr",
  // Iran: mailboxes many signers in and from Iran use.
  "chmail.ir",
  "mailfa.com",
]);

// The country endings a brand's variants use: "fr", "com", "co.uk", "com.br"; not "mycompany.com",
// so "live.mycompany.com" stays a company's domain.
const COUNTRY_ENDING = /^(?:[a-z]{2,3}|(?:co|com|net|org)\.[a-z]{2})$/;

export function isFreeMailDomain(domain: string): boolean {
  if (FREE_MAIL_DOMAINS.has(domain)) return true;
  const dot = domain.indexOf(".");
  return dot > 0 && FREE_MAIL_BRANDS.has(domain.slice(0, dot)) && COUNTRY_ENDING.test(domain.slice(dot + 1));
}
