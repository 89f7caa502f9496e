import "server-only";
import { getDb } from "@/lib/db/client";
import { emailLayout, emailLink, escapeHtml } from "@/lib/email/html";
import type { EmailMessage } from "@/lib/email/mailer";
import { enqueueEmail, requestOutboxDrain } from "@/lib/email/outbox";
import { getEnv } from "@/lib/env";
import { DEFAULT_LOCALE, directionOf, isLocale, type Locale, localePath } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { callbackLocale } from "./sign-in-path";

// Magic links go through the app's outbox like every other email: the Resend SDK (which honours
// RESEND_BASE_URL, unlike Auth.js's Resend provider) or the development mailbox. The outbox stores
// the message encrypted and retries while Resend is down; requestOutboxDrain sends it at once.

type VerificationRequest = { identifier: string; url: string; expires: Date; request?: Request };

export async function sendMagicLink({ identifier, url, expires, request }: VerificationRequest) {
  const locale = await magicLinkLocale(url, request);
  const link = landingPageLink(url, locale);
  await enqueueEmail(getDb(), { kind: "sign-in-link", signatureId: null, message: magicLinkEmail(identifier, link, expires, locale) });
  requestOutboxDrain();
}

// The email links to our own page, not to Auth.js's callback (issue #13, finding 5): mail scanners
// open every link in a message, and opening Auth.js's callback spends the token. The page asks the
// reader to press a button, which then opens the callback (app/[locale]/signin/link). Like
// confirmation links, it carries APP_URL's origin whatever Host header the request had: a forged
// Host cannot make the app mail out a sign-in link to someone else's server.
function landingPageLink(url: string, locale: Locale): string {
  const callback = new URL(url).searchParams;
  const page = new URL(localePath(locale, "/signin/link"), new URL(getEnv().APP_URL).origin);
  for (const name of ["token", "email", "callbackUrl"]) {
    const value = callback.get(name);
    if (value !== null) page.searchParams.set(name, value);
  }
  return page.toString();
}

/**
 * The language of the page where the link was asked for (issue #12). requestSignInLinkAction hands
 * it to Auth.js's signIn with the address, and Auth.js passes the form's fields on as the JSON body
 * of `request`. Failing that, the language of the page the link leads back to (the callbackUrl in
 * the link: `/fr/organizer` for a French reader), else English.
 */
async function magicLinkLocale(url: string, request?: Request): Promise<Locale> {
  try {
    const body = (await request?.clone().json()) as { locale?: unknown } | undefined;
    if (isLocale(body?.locale)) return body.locale;
  } catch {
    // No body, or not JSON: fall back on the link.
  }
  try {
    return callbackLocale(new URL(url).searchParams.get("callbackUrl"));
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function magicLinkEmail(to: string, url: string, expires: Date, locale: string = DEFAULT_LOCALE): EmailMessage {
  const language: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  // The catalogs are untyped JSON, so the translator's keys are plain strings here.
  const t = translatorFor(language) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const hours = Math.max(1, Math.round((expires.getTime() - Date.now()) / 3_600_000));
  const host = new URL(url).host;
  const intro = t("auth.email.intro");
  const validity = t("auth.email.validity", { hours });
  return {
    to,
    subject: t("auth.email.subject", { host }),
    // The address reads left to right inside a Persian sentence too.
    html: emailLayout([`${escapeHtml(intro)} <span dir="ltr">${emailLink(url)}</span>`, escapeHtml(validity)], undefined, {
      lang: language,
      dir: directionOf(language),
    }),
    text: [intro, url, "", validity].join("\n"),
  };
}
