"use client";

// A client component: a not-found page is rendered with every page of its segment, possibly before
// the page has set the request's locale, and a server component reading it then would make the
// cached pages dynamic. On the client the layout's messages are at hand.
import { useTranslations } from "next-intl";

export default function EmbedNotFound() {
  const t = useTranslations("common.embed");
  return (
    <>
      <h1 className="embed-title">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
    </>
  );
}
