import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import type { Caller } from "@/lib/access/guard";
import { mayReadPersonalData } from "@/lib/access/access-rules";
import { getCampaignAccess } from "@/lib/access/permissions";
import { findCampaignBySlug } from "@/lib/access/queries";
import { signatureExportStream, type ExportOptions } from "./signature-export";

// GET /organizer/campaigns/[slug]/export.csv, everything but reading the session (which needs a
// request), so tests call it with any caller. The file holds signers' personal data: only the
// campaign's editors, owners and admins get it. Refusals are short plain-text answers, no data.

const querySchema = z.object({ include: z.enum(["invalidated"]).optional() });

function plain(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/**
 * Whether the browser says the request came from another site (Fetch Metadata): a link or form on a
 * foreign page must not make an editor's browser run the export, with an audit entry in their name
 * (issue #13). Opening the address directly ("none"), our own pages ("same-origin") and clients that
 * send no such header (older browsers, scripts) pass.
 */
const fromAnotherSite = (request: Request) => ["cross-site", "same-site"].includes(request.headers.get("sec-fetch-site") ?? "");

export async function signatureExportResponse(
  caller: Caller,
  slug: string,
  request: Request,
  tuning: Pick<ExportOptions, "batchSize" | "onBatch"> = {},
): Promise<Response> {
  const url = new URL(request.url);
  if (fromAnotherSite(request)) return plain(403, "Start the export from the campaign's page on this site.");
  if (!caller) {
    // A relative Location, so it stays right behind a proxy; the sign-in page brings them back.
    const back = `${url.pathname}${url.search}`;
    return plain(307, "Sign in to export signatures.", { Location: `/signin?${new URLSearchParams({ callbackUrl: back })}` });
  }
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return plain(400, 'The only option is "include=invalidated".');
  const campaign = await findCampaignBySlug(slug);
  // A campaign the caller may not see answers exactly like one that does not exist.
  if (!campaign) return plain(404, "Not found.");
  const access = await getCampaignAccess(caller.id, campaign.id);
  if (!access.view) return plain(404, "Not found.");
  if (!mayReadPersonalData(access))
    return plain(403, "Only the campaign's editors and owners can export its signatures: the file holds personal data.");

  const includeInvalidated = query.data.include === "invalidated";
  await recordAudit(getDb(), caller, {
    action: "signatures.export",
    campaignId: campaign.id,
    subject: campaign.slug,
    details: { includeInvalidated },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(signatureExportStream(campaign.id, { includeInvalidated, ...tuning }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${campaign.slug}-signatures-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
