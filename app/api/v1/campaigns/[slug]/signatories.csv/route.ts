import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { openDataError, openDataNotFound } from "@/lib/open-data/http";
import { csvRow, SIGNATORY_CSV_HEADER, signatoryCsvRow } from "@/lib/signatory-list/csv";
import { streamPublicSignatories } from "@/lib/signatory-list/queries";
import { withDatabaseErrors } from "@/lib/http/unavailable";

// Open data: the signatories who chose to be listed, as CSV. Public, so no caller check; it holds
// only what the public list shows. Streamed, so a million rows never sit in memory.
export const GET = withDatabaseErrors(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign) return openDataNotFound("campaign");
  if (!campaign.listNamesPublicly) return openDataError(404, "not_listed", "This campaign does not list its signatories.");

  const encoder = new TextEncoder();
  // Each read of the body runs one short query for the next batch (streamPublicSignatories), and
  // the body is read only as fast as the client takes it: a download nobody reads holds its
  // socket, never a database connection (issue #13).
  const rows = streamPublicSignatories(campaign.id);
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(`\ufeff${csvRow(SIGNATORY_CSV_HEADER)}`));
      },
      async pull(controller) {
        try {
          const next = await rows.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value.map(signatoryCsvRow).join("")));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await rows.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${campaign.slug}-signatories.csv"`,
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
    },
  });
});
