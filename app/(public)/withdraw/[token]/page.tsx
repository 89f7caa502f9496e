import type { Metadata } from "next";
import Link from "next/link";
import { TokenActionForm } from "@/components/signing/token-action-form";
import { withdrawSignatureAction } from "@/lib/signing/actions";
import { findSignatureByWithdrawToken } from "@/lib/signing/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Withdraw your signature", robots: { index: false } };

export default async function WithdrawPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const signature = await findSignatureByWithdrawToken(token);
  if (!signature) {
    return (
      <>
        <h1>This withdrawal link is not valid</h1>
        <p>The signature may already be withdrawn, or a newer email replaced this link.</p>
      </>
    );
  }
  return (
    <>
      <h1>Withdraw your signature</h1>
      <p className="lead">
        You are withdrawing your signature from <Link href={`/campaigns/${signature.campaignSlug}`}>{signature.campaignTitle}</Link>.
      </p>
      <p>
        {signature.status === "confirmed"
          ? "It will no longer be counted, and your name, email address and other details will be deleted."
          : signature.status === "invalidated"
            ? "The campaign's moderators set your signature aside, so it is not counted. Withdrawing deletes your details."
            : "Your signature was never confirmed, so it is not counted. Withdrawing deletes your details."}
      </p>
      <TokenActionForm token={token} action={withdrawSignatureAction} label="Withdraw my signature" variant="warning" />
    </>
  );
}
