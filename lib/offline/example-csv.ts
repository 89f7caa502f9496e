import "server-only";
import { guardCampaign } from "@/lib/access/campaign-guard";
import type { Caller } from "@/lib/access/guard";
import { translatorFor } from "@/lib/i18n/translator";

import { localePath, splitLocale } from "@/lib/i18n/routing";
import { slugSchema } from "@/lib/validation/slug";
import { paperExampleCsv } from "./paper-columns";
import { paperRulesFor } from "./paper-rows";
import { findOfflineCampaign } from "./queries";

// GET /organizer/campaigns/[slug]/offline/example.csv, everything but reading the session (which
// needs a request), so tests call it with any caller. Only an example, with no signer's data, but
// it says which columns a campaign requires: it answers whoever may open the offline page (the
// campaign's team and admins) and, like that page, 404 to anyone else, so a draft stays unknown.

function plain(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

export async function paperExampleResponse(caller: Caller, slug: string, url: URL): Promise<Response> {
  // The answers in the language of the address (`/fr/organizer/…`).
  const { locale } = splitLocale(url.pathname);
  const t = translatorFor(locale);
  if (!caller) {
    // A relative Location, so it stays right behind a proxy; the sign-in page brings them back.
    return plain(307, t("organizer.offline.example.signIn"), {
      Location: `${localePath(locale, "/signin")}?${new URLSearchParams({ callbackUrl: url.pathname })}`,
    });
  }
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return plain(404, t("organizer.offline.example.notFound"));
  const found = await guardCampaign(caller, parsed.data, "view", findOfflineCampaign);
  if (!found.ok) return plain(404, t("organizer.offline.example.notFound"));
  const { campaign } = found.value;
  return new Response(paperExampleCsv(paperRulesFor(campaign)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${campaign.slug}-paper-signatures-example.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
