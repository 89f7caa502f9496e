import { useTranslations } from "next-intl";

/**
 * The reference number of a failed page: Next.js's digest of the error, which the server's log line
 * carries too (lib/log/request-error.ts), so a visitor's report finds it. Never the message or the
 * stack, which can hold private details.
 */
export function ErrorReference({ error }: { error: unknown }) {
  const t = useTranslations("common.errors");
  const digest = typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
  if (typeof digest !== "string" || !digest) return null;
  return (
    <p className="muted" data-testid="error-reference">
      {t.rich("reference", {
        digest,
        code: (chunks) => (
          <bdi>
            <code>{chunks}</code>
          </bdi>
        ),
      })}
    </p>
  );
}
