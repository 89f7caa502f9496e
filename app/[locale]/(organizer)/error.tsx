"use client";

import { useTranslations } from "next-intl";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Link } from "@/lib/i18n/navigation";

// Inside the organizer layout, so the signed-in bar and its links stay. A server action that failed
// lands here too, and then the first thing an organizer needs to know is whether the change was made.
export default function OrganizerError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("organizer.error");
  return <ErrorNotice error={error} retry={retry} explanation={t("explanation")} back={<Link href="/organizer">{t("back")}</Link>} />;
}
