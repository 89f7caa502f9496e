import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { CATALOGS } from "./catalogs";
import { routing } from "./routing";

// next-intl's configuration for each request (named in next.config.mjs). The locale comes from the
// page's `[locale]` segment (setRequestLocale, so that cached pages stay static) or, in a server
// action or route, from the header proxy.ts sets.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: CATALOGS[locale], timeZone: "UTC" };
});
