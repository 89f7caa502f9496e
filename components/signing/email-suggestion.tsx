"use client";

import { useTranslations } from "next-intl";
import type { EmailDomainSuggestion } from "@/lib/signing/email-domain-suggestion";

// The sign form's "Did you mean gmail.com?" (issue #13), under the email field once the signer
// leaves it. The live region is always in the page, empty until there is something to say, so
// screen readers announce the suggestion when it appears. Domains are left to right whatever the
// page's direction.
export function EmailSuggestion({ suggestion, onAccept }: { suggestion: EmailDomainSuggestion | null; onAccept: () => void }) {
  const t = useTranslations("signing.signForm");
  const domain = (chunks: React.ReactNode) => <bdi dir="ltr">{chunks}</bdi>;
  return (
    <div className="email-suggestion" data-testid="email-suggestion">
      <p aria-live="polite">{suggestion && t.rich("emailSuggestion", { domain: suggestion.suggested, d: domain })}</p>
      {suggestion && (
        <button type="button" className="button button-secondary" onClick={onAccept}>
          {t.rich("useDomain", { domain: suggestion.suggested, d: domain })}
        </button>
      )}
    </div>
  );
}

/** The "Check your email" notice's note when the address's domain looks mistyped (no JavaScript needed). */
export function EmailDomainCheck({ suggestion, signAgainHref }: { suggestion: EmailDomainSuggestion; signAgainHref: string }) {
  const t = useTranslations("signing.signForm");
  return (
    <p data-testid="email-domain-check">
      {t.rich("checkDomain", {
        typed: suggestion.typed,
        suggested: suggestion.suggested,
        d: (chunks) => <bdi dir="ltr">{chunks}</bdi>,
        again: (chunks) => <a href={signAgainHref}>{chunks}</a>,
      })}
    </p>
  );
}
