import type { Metadata } from "next";
import { MailingForm } from "@/components/mailings/mailing-form";
import { MailingTable } from "@/components/mailings/mailing-table";
import { CampaignHeader } from "@/components/organizers/campaign-header";
import { requirePage } from "@/lib/access/page";
import { getCurrentUser } from "@/lib/auth/session";
import { loadMailingsPage } from "@/lib/mailings/page-data";

export const metadata: Metadata = { title: "Updates to signers" };

const number = new Intl.NumberFormat("en");

export default async function MailingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // A campaign the caller may not see answers exactly like one that does not exist.
  const { campaign, canEdit, mailings, recipients } = requirePage(
    await loadMailingsPage(await getCurrentUser(), slug),
    `/organizer/campaigns/${slug}/updates`,
  );
  return (
    <>
      <CampaignHeader campaign={campaign} section="updates" heading="Updates to signers" />
      <p className="lead">
        Email the signers of this campaign who asked for updates. So far,{" "}
        {recipients === 1 ? "1 confirmed signer has asked for them." : `${number.format(recipients)} confirmed signers have asked for them.`}
      </p>
      <h2>Sent and drafts</h2>
      <MailingTable campaignSlug={campaign.slug} mailings={mailings} />
      {canEdit && (
        <section aria-labelledby="new-mailing-title">
          <h2 id="new-mailing-title">Write an update</h2>
          <p>Save it as a draft first: you can then preview it, send a test to yourself, and send it.</p>
          <MailingForm campaignSlug={campaign.slug} />
        </section>
      )}
    </>
  );
}
