"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

// The campaign page is cached and shared by everyone, so the one-off "your signature is confirmed"
// notice is read from the address on the signer's side instead of rendered on the server.
// Each notice's title and body are in the catalog (signing.flash).
const NOTICES = {
  confirmed: { title: "confirmedTitle", body: "confirmedBody" },
  withdrawn: { title: "withdrawnTitle", body: "withdrawnBody" },
} as const;

export function FlashNotice() {
  const params = useSearchParams();
  const t = useTranslations("signing.flash");
  const kind = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((key) => params.get(key) === "1");
  if (!kind) return null;
  return (
    <div className="notice" role="status" data-testid={`${kind}-notice`}>
      <h2>{t(NOTICES[kind].title)}</h2>
      <p>{t(NOTICES[kind].body)}</p>
    </div>
  );
}
