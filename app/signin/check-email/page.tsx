import type { Metadata } from "next";
import Link from "next/link";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Check your email" };
// Whether the development mailbox exists is read when the page is asked for, not when it is built.
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <>
      <div className="notice" role="status">
        <h1>Check your email</h1>
        <p>We sent you a link that signs you in. It works once, for 24 hours.</p>
        <p>
          No email after a few minutes? Look in your spam folder, or <Link href="/signin">ask for a new link</Link>.
        </p>
      </div>
      {getEnv().devMailboxEnabled && (
        <div className="notice notice-info" data-testid="dev-mailbox-hint">
          <h2>No email is sent on this server</h2>
          <p>
            It runs without an email service (no RESEND_API_KEY), so the link is in the <Link href="/dev/mailbox">development mailbox</Link>.
          </p>
        </div>
      )}
    </>
  );
}
