import type { Metadata } from "next";
import Link from "next/link";
import { UnsubscribeForm } from "@/components/mailings/unsubscribe-form";
import { findUnsubscribeTarget } from "@/lib/mailings/unsubscribe";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe from updates", robots: { index: false } };

// The link at the foot of every update. Opening it only shows a button: mail scanners open links,
// and must not unsubscribe anyone.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const target = await findUnsubscribeTarget(token);
  switch (target.kind) {
    case "sample":
      return (
        <>
          <h1>Unsubscribe from updates</h1>
          <p>This is the sample link of a preview or test email. Each signer's email carries a link of their own.</p>
        </>
      );
    case "invalid":
      return (
        <>
          <h1>This unsubscribe link is not valid</h1>
          <p>Use the link at the foot of the most recent update you received.</p>
        </>
      );
    case "gone":
      return (
        <>
          <h1>Unsubscribe from updates</h1>
          <p>This signature has been withdrawn, so no updates will be sent to it.</p>
        </>
      );
    case "found":
      return (
        <>
          <h1>Unsubscribe from updates</h1>
          <p className="lead">
            Updates from <Link href={`/campaigns/${target.campaignSlug}`}>{target.campaignTitle}</Link>
          </p>
          {target.subscribed ? (
            <>
              <p>Press the button to receive no further updates by email from this campaign. Your signature stays counted.</p>
              <UnsubscribeForm token={token} />
            </>
          ) : (
            <p className="notice" role="status" data-testid="unsubscribe-done">
              You will not receive further updates from this campaign.
            </p>
          )}
        </>
      );
  }
}
