import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/organizers/date-time";
import { LongText } from "@/components/organizers/long-text";
import { listDevMailbox } from "@/lib/email/dev-mailbox";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

// Emails land here when no RESEND_API_KEY is set. It holds addresses, so it never exists in
// production (unless DEV_MAILBOX=true is set explicitly for a private demo).
export default async function DevMailboxPage() {
  if (!getEnv().devMailboxEnabled) notFound();
  const emails = await listDevMailbox();
  return (
    <>
      <h1>Development mailbox</h1>
      <p className="lead">Emails the app would have sent, newest first. Reload the page to see new ones.</p>
      <p className="muted">Set RESEND_API_KEY to send real email instead; this page then disappears.</p>
      {emails.length === 0 && <p className="notice notice-info">No emails yet. Sign a campaign, or ask for a sign-in link, to receive one.</p>}
      <ul className="card-list">
        {emails.map((email) => (
          <li key={email.id}>
            <article className="card" aria-labelledby={`email-${email.id}`}>
              <h2 id={`email-${email.id}`} className="break-anywhere">
                {email.subject}
              </h2>
              <dl className="facts">
                <dt>To</dt>
                <dd>
                  <LongText value={email.to} />
                </dd>
                <dt>From</dt>
                <dd>
                  <LongText value={email.from} />
                </dd>
                <dt>Sent</dt>
                <dd>
                  <time dateTime={email.createdAt.toISOString()}>{formatDateTime(email.createdAt)} UTC</time>
                </dd>
              </dl>
              <div className="source-text break-anywhere">{linkify(email.text)}</div>
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
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
