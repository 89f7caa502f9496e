import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { LifecycleControls } from "@/components/campaigns/lifecycle-controls";
import { CampaignUpdateForm } from "@/components/campaigns/update-form";
import { CampaignUpdates } from "@/components/campaigns/campaign-updates";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { DateTime } from "@/components/organizers/date-time";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { campaignFormDefaults, campaignVersion } from "@/lib/campaigns/form-defaults";
import { loadCampaignEditor } from "@/lib/campaigns/page-data";
import { isPublicCampaign } from "@/lib/campaigns/status";
import { erasureDate } from "@/lib/campaigns/retention";
import { Link } from "@/lib/i18n/navigation";
import { titleFrom } from "@/lib/i18n/metadata";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleFrom("editor", "sections.settingsAndStatus");

export default async function CampaignSettingsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { created, saved } = await searchParams;
  const t = await getTranslations("editor");
  // A campaign the caller may not see answers like one that does not exist.
  const { campaign, access, event, updates, lifecycle, packs } = await requirePage(
    await loadCampaignEditor(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/edit`,
  );
  const base = `/organizer/campaigns/${campaign.slug}`;
  const when = (date: Date | null) => (date ? t.rich("settings.inUtc", { time: () => <DateTime value={date} /> }) : t("settings.notYet"));
  return (
    <>
      <CampaignHeader campaign={campaign} section="edit" heading={t("sections.settingsAndStatus")} />
      {created === campaignVersion(campaign) && (
        <p className="notice" role="status" data-testid="campaign-created">
          {t("settings.created")}
        </p>
      )}
      {saved === campaignVersion(campaign) && (
        <p className="notice" role="status">
          {t("settings.saved")}
        </p>
      )}
      <dl className="facts">
        <dt>{t("facts.status")}</dt>
        <dd data-testid="campaign-status">{t(`status.${campaign.status}`)}</dd>
        <dt>{t("facts.published")}</dt>
        <dd>{when(campaign.publishedAt)}</dd>
        <dt>{t("facts.closes")}</dt>
        <dd>{campaign.closesAt ? when(campaign.closesAt) : t("settings.noClosingDate")}</dd>
        {campaign.closedAt && (
          <>
            <dt>{t("facts.closed")}</dt>
            <dd>{when(campaign.closedAt)}</dd>
          </>
        )}
        <dt>{t("facts.outcome")}</dt>
        <dd data-testid="campaign-outcome-status">{campaign.outcome ? t(`outcomes.${campaign.outcome}`) : t("settings.noOutcome")}</dd>
        <dt>{t("facts.builtOn")}</dt>
        <dd>
          {event ? (
            <Link href={`/events/${event.slug}`}>
              <bdi>{event.title}</bdi>
            </Link>
          ) : (
            t("settings.noEvent")
          )}
        </dd>
      </dl>
      <ul className="page-actions">
        <li>
          <Link href={`${base}/preview`} className="button button-secondary">
            {t("settings.preview")}
          </Link>
        </li>
        {isPublicCampaign(campaign) && (
          <li>
            <Link href={`/campaigns/${campaign.slug}`} className="button button-secondary">
              {t("settings.publicPage")}
            </Link>
          </li>
        )}
      </ul>
      {access.edit ? (
        <LifecycleControls campaignSlug={campaign.slug} actions={lifecycle} />
      ) : (
        <p className="notice notice-warning" data-testid="read-only">
          {t("settings.readOnly")}
        </p>
      )}
      <h2>{t("settings.settingsHeading")}</h2>
      <CampaignForm
        defaults={campaignFormDefaults(campaign)}
        mode={{
          kind: "edit",
          campaignSlug: campaign.slug,
          keepClosesAt: campaign.closesAt?.toISOString() ?? null,
          draft: campaign.status === "draft",
        }}
        readOnly={!access.edit}
        retention={{
          erasureDate: erasureDate(campaign)?.toISOString() ?? null,
          erased: campaign.anonymisedAt !== null,
          editable: access.manageTeam && campaign.anonymisedAt === null,
        }}
        proofOfWork={{ activeUntil: activeUntil(campaign.proofOfWorkUntil), editable: access.manageTeam }}
      />
      <h2>{t("settings.updatesHeading")}</h2>
      {updates.length === 0 ? <p>{t("settings.noUpdates")}</p> : <CampaignUpdates campaignSlug={campaign.slug} updates={updates} headingLevel="h3" />}
      {access.edit &&
        (campaign.status === "draft" ? (
          <p>{t("settings.updatesAfterPublish")}</p>
        ) : (
          <>
            <CampaignUpdateForm
              campaignSlug={campaign.slug}
              variant="outcome"
              language={campaign.language as Locale}
              packs={packs.map((pack) => ({ ...pack, createdAt: pack.createdAt.toISOString() }))}
            />
            <CampaignUpdateForm campaignSlug={campaign.slug} variant="news" language={campaign.language as Locale} />
          </>
        ))}
    </>
  );
}

/** When a surge switched an "automatic" proof of work on until a time still ahead, that time. */
function activeUntil(until: Date | null): string | null {
  return until && until.getTime() > Date.now() ? until.toISOString() : null;
}
