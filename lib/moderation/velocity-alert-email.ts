import { emailLayout, emailLink, escapeHtml } from "@/lib/email/html";
import type { EmailMessage } from "@/lib/email/mailer";
import { getEnv } from "@/lib/env";
import { directionOf, localePath, type Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import type { TrendingKey } from "./trending";

/** To one owner: which client hashes and domains signed their campaign unusually often, and where to look. */
export function velocityAlertEmail(to: string, campaign: { slug: string; title: string }, alerts: TrendingKey[], locale: Locale): EmailMessage {
  const t = translatorFor(locale);
  const url = new URL(localePath(locale, `/organizer/campaigns/${campaign.slug}/moderation`), getEnv().APP_URL).toString();
  const lines = alerts.map((alert) =>
    t("organizer.velocityAlertEmail.line", {
      hour: `${alert.hour.toISOString().slice(0, 13).replace("T", " ")}:00`,
      count: alert.signatures,
      dimension: alert.dimension,
      key: alert.dimension === "client" ? alert.key.slice(0, 12) : alert.key,
    }),
  );
  const intro = t("organizer.velocityAlertEmail.intro", { title: campaign.title });
  const review = t("organizer.velocityAlertEmail.review");
  return {
    to,
    subject: t("organizer.velocityAlertEmail.subject", { title: campaign.title }),
    // Hashes, domains and the address read left to right inside a Persian sentence too.
    html: emailLayout([escapeHtml(intro), ...lines.map(escapeHtml), `${escapeHtml(review)} <span dir="ltr">${emailLink(url)}</span>`], undefined, {
      lang: locale,
      dir: directionOf(locale),
    }),
    text: [intro, "", ...lines, "", review, url].join("\n"),
  };
}
