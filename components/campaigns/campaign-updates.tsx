import { useLocale, useTranslations } from "next-intl";
import type { CampaignUpdate } from "@/lib/db/schema";
import { formatterFor } from "@/lib/i18n/format";

/** The campaign's public updates, newest first: news, and what came of it. */
export function CampaignUpdates({ updates, headingLevel = "h2" }: { updates: CampaignUpdate[]; headingLevel?: "h2" | "h3" }) {
  const t = useTranslations("campaign");
  const format = formatterFor(useLocale());
  if (updates.length === 0) return null;
  const Heading = headingLevel;
  const ItemHeading = headingLevel === "h2" ? "h3" : "h4";
  return (
    <section aria-labelledby="campaign-updates" data-testid="campaign-updates">
      <Heading id="campaign-updates">{t("updates.heading")}</Heading>
      <ol className="signatory-list">
        {updates.map((update) => (
          <li key={update.id}>
            <article>
              <p className="caption">
                {update.kind !== "news" && <span className="tag">{t(`updateKinds.${update.kind}`)}</span>}
                <time dateTime={update.publishedAt.toISOString()}>{format.date(update.publishedAt, "long")}</time>
              </p>
              <ItemHeading>{update.title}</ItemHeading>
              <p style={{ whiteSpace: "pre-line" }}>{update.body}</p>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
