import type { Metadata } from "next";
import { notFound } from "next/navigation";
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
      <p className="lead">
        Emails the app would have sent. Newest first; reload the page to see new ones. Set RESEND_API_KEY to send real email instead.
      </p>
      {emails.length === 0 && <p>No emails yet. Sign a campaign to receive one.</p>}
      {emails.map((email) => (
        <article key={email.id} className="card" style={{ marginBottom: "1.5rem" }}>
          <h2>{email.subject}</h2>
          <dl className="facts">
            <dt>To</dt>
            <dd>{email.to}</dd>
            <dt>From</dt>
            <dd>{email.from}</dd>
            <dt>Sent</dt>
            <dd>{email.createdAt.toISOString()}</dd>
          </dl>
          <div className="source-text">{linkify(email.text)}</div>
        </article>
      ))}
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
