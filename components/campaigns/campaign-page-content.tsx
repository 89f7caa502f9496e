import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { RegisterCountsSection } from "@/components/register/register-counts";
import { SignatoryList } from "@/components/signatory-list/signatory-list";
import { CampaignBreakdowns } from "@/components/tallies/campaign-breakdowns";
import type { CampaignDetail } from "@/lib/campaigns/queries";
import type { TextVersion } from "@/lib/campaigns/translations";
import { TranslationNote } from "@/components/i18n/translation-note";
import type { SigningState } from "@/lib/campaigns/status";
import type { CampaignUpdateItem } from "@/lib/campaigns/queries";
import { eventDateLabel } from "@/lib/events/date-label";
import { erasureDate } from "@/lib/campaigns/retention";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { contentAttributes, localePath } from "@/lib/i18n/routing";
import type { RegisterCounts } from "@/lib/register/queries";
import type { PublicSignatory } from "@/lib/signatory-list/queries";
import type { Breakdowns } from "@/lib/tallies/breakdowns";
import { CampaignUpdates } from "./campaign-updates";
import { FeaturedImage } from "./featured-image";
import { OfflineTallies } from "./offline-tallies";
import { OutcomeBadge } from "./outcome-badge";

const RECENT_SIGNATORIES = 10;

type Props = {
  campaign: CampaignDetail;
  updates: CampaignUpdateItem[];
  breakdowns: Breakdowns;
  signatories: PublicSignatory[];
  /** Whether it takes signatures now, later, or no more (lib/campaigns/status.ts). */
  state: SigningState;
  /** The count and progress bar: live on the public page, as rendered in the preview. */
  count: ReactNode;
  /** The signing part: the form, a closed notice, or the preview's stand-in. */
  signing: ReactNode;
  /** Which version of its text the reader is shown (the public page); the preview shows the authoritative one. */
  text?: TextVersion;
  /** Officials verified against the national register, by département (issue #14); null when none is. */
  registerCounts?: RegisterCounts | null;
};

/**
 * The campaign page's content, shared by the public page and the team's preview, so the preview
 * shows exactly what will be published. Counts are shown whatever the status: a closed campaign
 * keeps its count in view.
 */
const STATE_TAGS = { open: "tag", upcoming: "tag", closed: "tag tag-closed" } as const;

export function CampaignPageContent({ campaign, updates, breakdowns, signatories, state, count, signing, text, registerCounts }: Props) {
  const t = useTranslations("campaign");
  const format = formatterFor(useLocale());
  const event = campaign.event;
  // When signers' personal data goes (issue #13): known once the campaign has closed.
  const erasure = erasureDate(campaign);
  // The campaign's own texts, in the language they are written in (not always the page's).
  const written = contentAttributes(campaign.language, format.locale);
  // Phone first (issue #11). In reading order: what it is, the count with a way to sign, the summary
  // and the text being signed, the form, then everything else. On a wide screen the count and the form sit
  // beside the text, in the first screen (app/globals.css, .campaign-layout).
  return (
    <div className="campaign-layout">
      <header className="campaign-header">
        <p className="caption">
          <span className={STATE_TAGS[state]}>{t(`states.${state}`)}</span>
          <OutcomeBadge outcome={campaign.outcome} />
          {t(`kinds.${campaign.kind}`)}
        </p>
        <h1 {...written}>{campaign.title}</h1>
        {text && (
          <TranslationNote
            text={text}
            original={localePath(text.authoritative, `/campaigns/${campaign.slug}`)}
            messages="campaign.content.translation"
          />
        )}
      </header>
      <section className="campaign-status panel" aria-label={t("content.signaturesLabel")}>
        {count}
        {state === "open" && (
          <a href="#sign" className="button button-block campaign-cta">
            {t(`sign.${campaign.kind}`)}
          </a>
        )}
        {erasure && (
          <p className="muted" data-testid="data-erasure">
            {t(campaign.anonymisedAt ? "dataErasure.erased" : "dataErasure.willErase", { date: format.date(erasure, "long") })}
          </p>
        )}
      </section>
      <div className="campaign-text">
        <p className="lead" {...written}>
          {campaign.summary}
        </p>
        <FeaturedImage url={campaign.featuredImageUrl} alt={campaign.featuredImageAlt} />
        <h2>{t("content.addressedTo")}</h2>
        <ul {...written}>
          {campaign.decisionMakers.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
        <h2>{t(`content.statement.${campaign.kind}`)}</h2>
        <div className="statement" {...written}>
          {campaign.statement}
        </div>
      </div>
      <section className="campaign-sign" aria-labelledby="sign">
        {signing}
      </section>
      <div className="campaign-more">
        <CampaignUpdates campaignSlug={campaign.slug} updates={updates} />
        <OfflineTallies tallies={campaign.offlineTallies} />
        <h2>{t("content.whoHasSigned")}</h2>
        <CampaignBreakdowns breakdowns={breakdowns} kind={campaign.kind} slug={campaign.slug} />
        {registerCounts && <RegisterCountsSection counts={registerCounts} />}
        {campaign.listNamesPublicly && (
          <section aria-labelledby="signatories">
            <h2 id="signatories">{t("content.signatories")}</h2>
            {signatories.length > 0 ? (
              <SignatoryList signatories={signatories.slice(0, RECENT_SIGNATORIES)} />
            ) : (
              <p className="muted">{t("content.nobodyListed")}</p>
            )}
            <p>
              {t.rich("content.allSignatories", {
                link: (chunks) => <Link href={`/campaigns/${campaign.slug}/signatories`}>{chunks}</Link>,
                csv: (chunks) => <a href={`/api/v1/campaigns/${campaign.slug}/signatories.csv`}>{chunks}</a>,
              })}
            </p>
          </section>
        )}
        {event && (
          <>
            <h2>{t("content.eventHeading")}</h2>
            <p>
              <Link href={`/events/${event.slug}`} {...contentAttributes(event.language, format.locale)}>
                {event.title}
              </Link>
              <br />
              <span className="muted">
                {/* The exact day in the reader's calendar; without one, the note the organizers wrote. */}
                <bdi>{eventDateLabel(event, format.locale)}</bdi> · <bdi>{event.place}</bdi>
              </span>
            </p>
            <p>{t("content.eventNote")}</p>
          </>
        )}
      </div>
    </div>
  );
}
