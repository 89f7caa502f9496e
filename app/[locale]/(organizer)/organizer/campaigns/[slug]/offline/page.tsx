import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportPaperForm } from "@/components/offline/import-paper-form";
import { OfflineTallyList } from "@/components/offline/offline-tally-list";
import { PaperColumnsGuide } from "@/components/offline/paper-columns-guide";
import { RecordTallyForm } from "@/components/offline/record-tally-form";
import { CampaignHeader, campaignPath } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { formatterFor } from "@/lib/i18n/format";
import { getPathname } from "@/lib/i18n/navigation";
import { paperColumnGuide } from "@/lib/offline/paper-columns";
import { loadOfflinePage } from "@/lib/offline/page-data";
import { MAX_PAPER_FILE_BYTES, megabytes } from "@/lib/offline/schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organizer.offline");
  return { title: t("metaTitle") };
}

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function OfflineSignaturesPage({ params, searchParams }: Props) {
  const { slug } = await params;
  // Set by proxy.ts when an upload was too large to be read at all.
  const tooLarge = (await searchParams).upload === "too-large";
  const { campaign, canEdit, rules, tallies, tally } = await requirePage(
    await loadOfflinePage(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/offline`,
  );
  const locale = await getLocale();
  const t = await getTranslations("organizer.offline");
  const format = formatterFor(locale);
  // A plain download link, so it carries the reader's language itself.
  const exampleHref = getPathname({ href: `${campaignPath(campaign.slug, "offline")}/example.csv`, locale });
  return (
    <>
      <CampaignHeader campaign={campaign} section="offline" heading={t("heading")} />
      <p>{t("intro")}</p>
      <dl className="facts">
        <dt>{t("documented")}</dt>
        <dd data-testid="offline-total">{format.number(tally.offline)}</dd>
        <dt>{t("totalWithOnline")}</dt>
        <dd>{format.number(tally.total)}</dd>
      </dl>
      <section aria-labelledby="offline-list-title">
        <h2 id="offline-list-title">{t("recordedTitle")}</h2>
        <OfflineTallyList campaignSlug={campaign.slug} tallies={tallies} canEdit={canEdit} />
      </section>
      {canEdit && tooLarge && (
        <p className="error-summary" role="alert" data-testid="upload-too-large">
          {t("uploadTooLarge", { max: megabytes(MAX_PAPER_FILE_BYTES) })}
        </p>
      )}
      {canEdit ? (
        <>
          <RecordTallyForm campaignSlug={campaign.slug} />
          <ImportPaperForm campaignSlug={campaign.slug} guide={<PaperColumnsGuide columns={paperColumnGuide(rules)} exampleHref={exampleHref} />} />
        </>
      ) : (
        <p className="notice notice-info">{t("viewerNotice")}</p>
      )}
    </>
  );
}
