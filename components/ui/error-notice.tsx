"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ErrorReference } from "./error-reference";

/**
 * What every error page says: sorry, what happened in one sentence, a way to try again and a way
 * back, and the reference number. retry() asks the server for the page again; reset() would only
 * re-render the answer that failed.
 */
export function ErrorNotice({ error, retry, explanation, back }: { error: unknown; retry: () => void; explanation: string; back: ReactNode }) {
  const t = useTranslations("common.errors");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{explanation}</p>
      <p>
        <button type="button" className="button" onClick={retry}>
          {t("tryAgain")}
        </button>
      </p>
      <p>{back}</p>
      <ErrorReference error={error} />
    </>
  );
}
