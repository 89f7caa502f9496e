"use client";

import { useTranslations } from "next-intl";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Link } from "@/lib/i18n/navigation";

// Shown in place of a page that failed. The error itself was reported on the server
// (instrumentation.ts); the visitor gets no message or stack, only the reference number.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common.errors");
  return <ErrorNotice error={error} retry={retry} explanation={t("page")} back={<Link href="/">{t("seeAllCampaigns")}</Link>} />;
}
