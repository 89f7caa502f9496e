import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { formatterFor } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Contact, DataController } from "@/lib/privacy/data-controller";
import type { Retention, SignerDetail } from "@/lib/privacy/notice";

/** What a campaign's own notice adds: exactly what its form asks for, and how long it keeps it. */
type CampaignPrivacy = {
  details: { detail: SignerDetail; optional: boolean }[];
  retention: Retention;
};

type Props = {
  locale: string;
  controller: DataController;
  /** How long a confirmation link works (CONFIRMATION_TOKEN_TTL_DAYS): an unconfirmed signature lives that long. */
  confirmationDays: number;
  /** Absent: the site's notice, which speaks of every campaign. */
  campaign?: CampaignPrivacy;
};

// The privacy notice (issue #13), for the whole site or for one campaign: who holds the data, what
// is kept, why, for how long, who receives it, and the signer's rights. Plain language, in sections
// a reader can jump between; every fact that varies is read from the configuration or the campaign.
export async function PrivacyNotice({ locale, controller, confirmationDays, campaign }: Props) {
  const t = await getTranslations("privacy");
  const format = formatterFor(locale);
  const manage = { link: (chunks: ReactNode) => <Link href="/signatures/manage">{chunks}</Link> };
  return (
    <>
      <Section id="privacy-who" heading={t("who.heading")}>
        {controller.configured ? (
          <dl className="facts">
            <dt>{t("who.controller")}</dt>
            <dd>
              <bdi>{controller.name}</bdi>
            </dd>
            <dt>{t("who.contact")}</dt>
            <dd>
              <ContactText contact={controller.contact} />
            </dd>
            {controller.officer && (
              <>
                <dt>{t("who.officer")}</dt>
                <dd>
                  <ContactText contact={controller.officer} />
                </dd>
              </>
            )}
          </dl>
        ) : (
          <p className="notice notice-warning" data-testid="controller-not-configured">
            {t("who.notConfigured")}
          </p>
        )}
        <p>{t("who.organizers")}</p>
      </Section>

      <Section id="privacy-what" heading={t("what.heading")}>
        <p>{t("what.intro")}</p>
        <ul data-testid="privacy-kept">
          <li>{t("what.name")}</li>
          <li>{t("what.email")}</li>
          {campaign ? (
            campaign.details.map(({ detail, optional }) => (
              <li key={detail} data-detail={detail}>
                {optional ? t(`what.detailOptional.${detail}`) : t(`what.detail.${detail}`)}
              </li>
            ))
          ) : (
            <li>{t("what.detailsAny")}</li>
          )}
          <li>{t("what.comment")}</li>
          <li>{t("what.choices")}</li>
          <li>{t("what.language")}</li>
          <li>{t("what.clientHash")}</li>
          <li>{t("what.source")}</li>
        </ul>
      </Section>

      <Section id="privacy-why" heading={t("why.heading")}>
        <p>{t("why.purpose")}</p>
        <p>{t("why.basis")}</p>
      </Section>

      <Section id="privacy-retention" heading={t("howLong.heading")}>
        <p>{t("howLong.unconfirmed", { days: confirmationDays })}</p>
        {campaign ? <CampaignRetention retention={campaign.retention} format={format} /> : <p>{t("howLong.site")}</p>}
        {!campaign && <p>{t("howLong.publicListSite")}</p>}
      </Section>

      <Section id="privacy-recipients" heading={t("recipients.heading")}>
        <ul>
          <li>{t("recipients.organizers")}</li>
          <li>{t("recipients.public")}</li>
          <li>{t("recipients.mail")}</li>
        </ul>
        <p>{t("recipients.nothingElse")}</p>
      </Section>

      <Section id="privacy-rights" heading={t("rights.heading")}>
        <p>{t.rich("rights.withdraw", manage)}</p>
        <p>{t.rich("rights.manage", manage)}</p>
        <p>{t("rights.contact")}</p>
        <p>
          {t.rich("rights.complaint", {
            link: (chunks) => (
              <a href="https://www.cnil.fr/" lang="fr" dir="ltr">
                {chunks}
              </a>
            ),
          })}
        </p>
      </Section>
    </>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

// Addresses are written left to right whatever the page's direction.
function ContactText({ contact }: { contact: Contact }) {
  if (contact.email) {
    return (
      <a href={`mailto:${contact.text}`} dir="ltr">
        {contact.text}
      </a>
    );
  }
  return <bdi>{contact.text}</bdi>;
}

async function CampaignRetention({ retention, format }: { retention: Retention; format: ReturnType<typeof formatterFor> }) {
  const t = await getTranslations("privacy.howLong");
  const date = (value: Date) => format.date(value);
  let when: string;
  if (retention.anonymisedOn) when = t("anonymised", { date: date(retention.anonymisedOn) });
  else if (retention.closed && retention.closesOn && retention.anonymisedFrom) {
    when = t("closedOn", { date: date(retention.closesOn), anonymised: date(retention.anonymisedFrom) });
  } else if (retention.closesOn) when = t("closesOn", { date: date(retention.closesOn) });
  else when = t("noClosingDate");
  return (
    <>
      <p data-testid="privacy-retention">
        {t("campaign", { months: retention.months })} {when}
      </p>
      {retention.keepsPublicList && <p data-testid="privacy-public-list">{t("keepsPublicList")}</p>}
    </>
  );
}
