"use client";

// A client component: a not-found page is rendered with every page of its segment, possibly before
// the page has set the request's locale, and a server component reading it then would make the
// cached pages dynamic. On the client the layout's messages are at hand.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t.rich("body", { link: (chunks) => <Link href="/">{chunks}</Link> })}</p>
    </>
  );
}
