import { useLocale, useTranslations } from "next-intl";
import type { CampaignUpdateItem } from "@/lib/campaigns/queries";
import { localizeUpdate } from "@/lib/campaigns/translations";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { directionOf } from "@/lib/i18n/routing";

/**
 * The campaign's public updates, newest first: news, and what came of it. Each in the reader's
 * language when it has a translation into it, else as written, with a line saying which (issue #12).
 * A delivery that names its delivery pack links to the pack's public snapshot (issue #14).
 */
export function CampaignUpdates({
  campaignSlug,
  updates,
  headingLevel = "h2",
}: {
  campaignSlug: string;
  updates: CampaignUpdateItem[];
  headingLevel?: "h2" | "h3";
}) {
  const t = useTranslations("campaign");
  const locale = useLocale();
  const format = formatterFor(locale);
  if (updates.length === 0) return null;
  const Heading = headingLevel;
  const ItemHeading = headingLevel === "h2" ? "h3" : "h4";
  return (
    <section aria-labelledby="campaign-updates" data-testid="campaign-updates">
      <Heading id="campaign-updates">{t("updates.heading")}</Heading>
      <ol className="signatory-list">
        {updates.map((stored) => {
          const update = localizeUpdate(stored, locale);
          const written = { lang: update.language, dir: directionOf(update.text.language) } as const;
          return (
            <li key={update.id}>
              <article>
                <p className="caption">
                  {update.kind !== "news" && <span className="tag">{t(`updateKinds.${update.kind}`)}</span>}
                  <time dateTime={update.publishedAt.toISOString()}>{format.date(update.publishedAt, "long")}</time>
                </p>
                <ItemHeading {...written}>{update.title}</ItemHeading>
                <p style={{ whiteSpace: "pre-line" }} {...written}>
                  {update.body}
                </p>
                {update.snapshotId && (
                  <p data-testid="update-pack">
                    <Link href={`/campaigns/${campaignSlug}/snapshots/${update.snapshotId}`}>{t("updates.pack")}</Link>
                  </p>
                )}
                {(update.text.translated || update.text.missing) && (
                  <p className="muted" data-testid="update-language-note">
                    {update.text.translated
                      ? t("updates.translated", { language: update.text.authoritative })
                      : t("updates.missing", { language: update.text.authoritative })}
                  </p>
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
