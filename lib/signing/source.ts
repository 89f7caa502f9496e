/**
 * The utm_* tags of the page a signature was made on, read from that page's address (a form's
 * Referer header), so they are captured with or without JavaScript.
 */
export function utmTagsFrom(pageUrl: string | null): { utmSource?: string; utmMedium?: string; utmCampaign?: string } {
  if (!pageUrl) return {};
  let params: URLSearchParams;
  try {
    params = new URL(pageUrl).searchParams;
  } catch {
    return {};
  }
  const tags = {
    utmSource: params.get("utm_source") ?? undefined,
    utmMedium: params.get("utm_medium") ?? undefined,
    utmCampaign: params.get("utm_campaign") ?? undefined,
  };
  return Object.fromEntries(Object.entries(tags).filter(([, value]) => value)) as typeof tags;
}

/** The host of the site that sent the visitor, when it is another site; never the full address. */
export function externalReferrerHost(referrer: string, ownHost: string): string | undefined {
  try {
    const host = new URL(referrer).host;
    return host && host !== ownHost ? new URL(referrer).hostname : undefined;
  } catch {
    return undefined;
  }
}
