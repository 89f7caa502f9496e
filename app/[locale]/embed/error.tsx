"use client";

import { useTranslations } from "next-intl";
import { ErrorReference } from "@/components/ui/error-reference";

// Inside the widget's frame (app/embed/layout.tsx): the site's header stays hidden and the frame on
// the campaign's site keeps fitting its content, as with app/embed/not-found.tsx.
export default function EmbedError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common");
  return (
    <>
      <h1 className="embed-title">{t("embed.errorTitle")}</h1>
      <p>{t("embed.errorBody")}</p>
      <p>
        <button type="button" className="button" onClick={retry}>
          {t("errors.tryAgain")}
        </button>
      </p>
      <ErrorReference error={error} />
    </>
  );
}
