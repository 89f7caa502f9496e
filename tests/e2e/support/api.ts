import { expect, type APIRequestContext } from "@playwright/test";

// The public JSON API, read as a third party would read it.

export type PublicCampaignJson = {
  slug: string;
  title: string;
  status: "open" | "closed";
  signatureCount: number;
  onlineSignatureCount: number;
  offlineSignatureCount: number;
  offlineTallies: { count: number; description: string; source: { title: string; url: string | null; date: string | null } }[];
  event: { slug: string; title: string } | null;
};

export async function fetchCampaignJson(
  request: APIRequestContext,
  slug: string,
  lang?: "en" | "fr" | "fa",
): Promise<{ json: PublicCampaignJson; raw: string }> {
  const response = await request.get(`/api/v1/campaigns/${slug}${lang ? `?lang=${lang}` : ""}`);
  expect(response.status(), `GET /api/v1/campaigns/${slug}`).toBe(200);
  const raw = await response.text();
  return { json: JSON.parse(raw) as PublicCampaignJson, raw };
}

export async function apiCount(request: APIRequestContext, slug: string): Promise<number> {
  return (await fetchCampaignJson(request, slug)).json.signatureCount;
}

export function signaturesUrl(slug: string): string {
  return `/api/v1/campaigns/${slug}/signatures`;
}

/** A complete, valid JSON signature for the petition (country required, city optional). */
export function petitionSignature(email: string, extra: Record<string, unknown> = {}) {
  return { fullName: "Api Signer", email, country: "FR", consent: true, ...extra };
}
