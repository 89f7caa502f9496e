import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/organizers/date-time";
import { LongText } from "@/components/organizers/long-text";
import { listDevMailbox } from "@/lib/email/dev-mailbox";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.mailbox" });
  return { title: t("metaTitle"), robots: { index: false } };
}

// Emails land here when no RESEND_API_KEY is set. It holds addresses, so it never exists in
// production (unless DEV_MAILBOX=true is set explicitly for a private demo). The page speaks the
// reader's language; the emails are shown as they were sent, each in its own language.
export default async function DevMailboxPage() {
  if (!getEnv().devMailboxEnabled) notFound();
  const t = await getTranslations("auth.mailbox");
  const emails = await listDevMailbox();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p className="muted">{t("realEmail")}</p>
      {emails.length === 0 && <p className="notice notice-info">{t("empty")}</p>}
      <ul className="card-list">
        {emails.map((email) => (
          <li key={email.id}>
            <article className="card" aria-labelledby={`email-${email.id}`}>
              <h2 id={`email-${email.id}`} className="break-anywhere" dir="auto">
                {email.subject}
              </h2>
              <dl className="facts">
                <dt>{t("to")}</dt>
                <dd>
                  <bdi>
                    <LongText value={email.to} />
                  </bdi>
                </dd>
                <dt>{t("from")}</dt>
                <dd>
                  <bdi>
                    <LongText value={email.from} />
                  </bdi>
                </dd>
                <dt>{t("sent")}</dt>
                <dd>
                  <DateTime value={email.createdAt} />
                </dd>
              </dl>
              <div className="source-text break-anywhere" dir="auto">
                {linkify(email.text)}
              </div>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one text never move, and the same link may occur twice
      <a key={index} href={part} dir="ltr">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
