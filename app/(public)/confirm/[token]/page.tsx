import type { Metadata } from "next";
import Link from "next/link";
import { TokenActionForm } from "@/components/signing/token-action-form";
import { confirmSignatureAction } from "@/lib/signing/actions";
import { findSignatureByConfirmToken } from "@/lib/signing/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your signature", robots: { index: false } };

// Opening this page changes nothing: mail scanners open links. Confirmation is the POST behind the button.
export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const signature = await findSignatureByConfirmToken(token);
  if (!signature) {
    return (
      <>
        <h1>This confirmation link is not valid</h1>
        <p>It may be mistyped, or replaced by a newer email: use the link in the most recent email we sent you.</p>
      </>
    );
  }
  const campaignLink = <Link href={`/campaigns/${signature.campaignSlug}`}>{signature.campaignTitle}</Link>;
  if (signature.status === "confirmed") {
    return (
      <>
        <h1>Your signature is already confirmed</h1>
        <p>It counts for {campaignLink}. Thank you.</p>
      </>
    );
  }
  if (signature.expired) {
    return (
      <>
        <h1>This confirmation link has expired</h1>
        <p>Sign {campaignLink} again and we will send you a new link.</p>
      </>
    );
  }
  return (
    <>
      <h1>Confirm your signature</h1>
      <p className="lead">You are confirming your signature on {campaignLink}.</p>
      <p>Your signature is counted once you press the button.</p>
      <TokenActionForm token={token} action={confirmSignatureAction} label="Confirm my signature" />
    </>
  );
}
