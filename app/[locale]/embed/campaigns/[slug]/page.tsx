import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LiveCount } from "@/components/campaigns/live-count";
import { ShareLinks } from "@/components/campaigns/share-links";
import { SignForm } from "@/components/signing/sign-form";
import { getLocalizedCampaignBySlug } from "@/lib/campaigns/queries";
import { openingLabel, signingState } from "@/lib/campaigns/status";
import { getEnv } from "@/lib/env";
import { isLocale, localePath, type Locale } from "@/lib/i18n/routing";
import { countryOptions } from "@/lib/signing/countries";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TranslationNote } from "@/components/i18n/translation-note";

// The widget organizers put on their own sites (/embed.js writes the iframe, of /fr/embed/… or
// /fa/embed/… when its script tag says data-lang). Cached like the campaign page, once per
// language: a widget on a busy site costs a render a second, and the count keeps itself current
// by polling.
export const revalidate = 1;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  // Before any next-intl call, so that the widget stays static for each locale.
  setRequestLocale(locale);
  const [campaign, t] = await Promise.all([getLocalizedCampaignBySlug(slug, locale), getTranslations({ locale, namespace: "campaign" })]);
  return { title: campaign ? t("embed.metaTitle", { title: campaign.title }) : t("page.notFoundTitle") };
}

export default async function EmbedCampaignPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  if (!isLocale(locale)) notFound();
  const campaign = await getLocalizedCampaignBySlug(slug, locale);
  if (!campaign) notFound();
  const t = await getTranslations("campaign");
  const state = signingState(campaign);
  const open = state === "open";
  // The campaign page in the widget's language.
  const campaignUrl = `${getEnv().APP_URL}${localePath(locale, `/campaigns/${campaign.slug}`)}`;
  return (
    <article className="embed-widget">
      <h1 className="embed-title">{campaign.title}</h1>
      <TranslationNote
        text={campaign.text}
        original={`${getEnv().APP_URL}${localePath(campaign.text.authoritative, `/campaigns/${campaign.slug}`)}`}
        messages="campaign.content.translation"
        newTab
      />
      <ClientMessages locale={locale as Locale} set="count">
        <LiveCount slug={campaign.slug} goal={campaign.goal} milestones={campaign.milestones} tally={campaign.tally} />
      </ClientMessages>
      <div className="embed-sign">
        {open ? (
          <>
            <h2 id="sign" className="embed-sign-intro">
              {t(`sign.${campaign.kind}`)}
            </h2>
            <ClientMessages locale={locale as Locale} set="sign">
              <SignForm
                permalink={`${localePath(locale, `/embed/campaigns/${campaign.slug}`)}#sign`}
                countries={countryOptions(locale)}
                intro={campaign.kind === "declaration" && <p className="muted">{t("embed.declarationIntro")}</p>}
                campaignSlug={campaign.slug}
                campaignTitle={campaign.title}
                signerFields={campaign.signerFields}
                listNamesPublicly={campaign.listNamesPublicly}
                proofOfWork={campaign.proofOfWork !== "off"}
              />
            </ClientMessages>
          </>
        ) : (
          <p>{state === "upcoming" ? t("embed.opensOn", { date: openingLabel(campaign.opensAt!, locale) }) : t("embed.closed")}</p>
        )}
      </div>
      {/* Shown once the form has turned into "Check your email" (see app/globals.css). */}
      <section className="embed-share" aria-labelledby="embed-share-title">
        <h2 id="embed-share-title">{t("embed.shareHeading")}</h2>
        <ClientMessages locale={locale as Locale} set="share">
          <ShareLinks url={campaignUrl} title={campaign.title} />
        </ClientMessages>
      </section>
      <p className="embed-footer">
        <a href={campaignUrl} target="_blank" rel="noopener">
          {t.rich("embed.readFull", { hidden: (chunks) => <span className="visually-hidden">{chunks}</span> })}
        </a>{" "}
        · {t("embed.footerNote")}
      </p>
    </article>
  );
}
