import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignPageContent } from "@/components/campaigns/campaign-page-content";
import { FlashNotice } from "@/components/campaigns/flash-notice";
import { LiveCount } from "@/components/campaigns/live-count";
import { SignForm } from "@/components/signing/sign-form";
import { getLocalizedCampaignBySlug, listCampaignUpdates } from "@/lib/campaigns/queries";
import { openingLabel, signingState } from "@/lib/campaigns/status";
import { getEnv } from "@/lib/env";
import { isLocale, localePath, type Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { countryOptions } from "@/lib/signing/countries";
import { listPublicSignatories } from "@/lib/signatory-list/queries";
import { getBreakdowns } from "@/lib/tallies/breakdowns";
import { departementCounts } from "@/lib/tallies/departement-counts";
import { ClientMessages } from "@/components/i18n/client-messages";

// Rendered once and shared for up to a second, however many people open it at once: a viral
// campaign costs a render a second, not one per visitor. Confirming or withdrawing a signature
// refreshes it at once for that signer (revalidatePath in the server actions).
export const revalidate = 1;

// No campaign is rendered at build time (there is no database then); each is rendered on first
// visit and then cached.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  // Before any next-intl call, so that the page stays static for each locale.
  setRequestLocale(locale);
  const campaign = await getLocalizedCampaignBySlug(slug, locale);
  if (!campaign) return { title: (await getTranslations({ locale, namespace: "campaign" }))("page.notFoundTitle") };
  return { title: campaign.title, description: campaign.summary };
}

export default async function CampaignPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  if (!isLocale(locale)) notFound();
  const campaign = await getLocalizedCampaignBySlug(slug, locale);
  if (!campaign) notFound();
  const t = await getTranslations("campaign");
  const state = signingState(campaign);
  const open = state === "open";
  const campaignPath = localePath(locale, `/campaigns/${campaign.slug}`);
  const [breakdowns, departements, recent, updates] = await Promise.all([
    getBreakdowns(campaign.id),
    campaign.kind === "declaration" ? departementCounts(campaign.id) : [],
    campaign.listNamesPublicly ? listPublicSignatories(campaign.id, { page: 1, search: "" }) : { signatories: [], hasNextPage: false },
    listCampaignUpdates(campaign.id),
  ]);
  return (
    <>
      <ClientMessages locale={locale as Locale} set="flash">
        <Suspense fallback={null}>
          <FlashNotice />
        </Suspense>
      </ClientMessages>
      <CampaignPageContent
        campaign={campaign}
        text={campaign.text}
        updates={updates}
        breakdowns={breakdowns}
        departements={departements}
        signatories={recent.signatories}
        state={state}
        count={
          <>
            <ClientMessages locale={locale as Locale} set="count">
              <LiveCount slug={campaign.slug} goal={campaign.goal} milestones={campaign.milestones} tally={campaign.tally} />
            </ClientMessages>
            {/* Near the count it answers for (issue #13): how the signatures are checked. */}
            <p className="integrity-link">
              <Link href={`/campaigns/${campaign.slug}/integrity`}>{t("integrity.link")}</Link>
            </p>
          </>
        }
        signing={
          <>
            <h2 id="sign">{open ? t(`sign.${campaign.kind}`) : state === "upcoming" ? t("page.signingOpensSoon") : t("page.signingClosed")}</h2>
            {state === "upcoming" ? (
              <p data-testid="opens-at">{t("page.opensAt", { date: openingLabel(campaign.opensAt!, locale) })}</p>
            ) : open ? (
              <ClientMessages locale={locale as Locale} set="sign">
                <SignForm
                  campaignUrl={`${getEnv().APP_URL}${campaignPath}`}
                  permalink={`${campaignPath}#sign`}
                  campaignSlug={campaign.slug}
                  campaignTitle={campaign.title}
                  signerFields={campaign.signerFields}
                  listNamesPublicly={campaign.listNamesPublicly}
                  countries={countryOptions(locale)}
                  intro={campaign.kind === "declaration" && <p className="muted">{t("page.declarationIntro")}</p>}
                />
              </ClientMessages>
            ) : (
              <p>{t("page.closed")}</p>
            )}
          </>
        }
      />
    </>
  );
}
