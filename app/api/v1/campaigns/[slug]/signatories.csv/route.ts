import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { openDataError, openDataNotFound } from "@/lib/open-data/http";
import { csvRow, SIGNATORY_CSV_HEADER, signatoryCsvRow } from "@/lib/signatories/csv";
import { streamPublicSignatories } from "@/lib/signatories/queries";

// Open data: the signatories who chose to be listed, as CSV. Public, so no caller check; it holds
// only what the public list shows. Streamed, so a million rows never sit in memory.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign) return openDataNotFound("campaign");
  if (!campaign.listNamesPublicly) return openDataError(404, "not_listed", "This campaign does not list its signatories.");

  const encoder = new TextEncoder();
  const rows = streamPublicSignatories(campaign.id);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\ufeff${csvRow(SIGNATORY_CSV_HEADER)}`));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(signatoryCsvRow).join("")));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${campaign.slug}-signatories.csv"`,
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
