import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import type { EmailMessage } from "@/lib/email/mailer";

// The email as signers get it: the HTML part in a sandboxed frame (no scripts, no navigation),
// the text part as is, and the headers that carry the one-click unsubscribe.
export async function MailingPreview({ preview }: { preview: EmailMessage }) {
  const t = await getTranslations("editor.mailings.preview");
  return (
    <section aria-labelledby="mailing-preview-title" data-testid="mailing-preview">
      <h2 id="mailing-preview-title">{t("title")}</h2>
      <dl className="facts">
        <dt>{t("subject")}</dt>
        <dd data-testid="mailing-preview-subject" dir="auto">
          {preview.subject}
        </dd>
        {Object.entries(preview.headers ?? {}).map(([name, value]) => (
          <Fragment key={name}>
            <dt className="break-anywhere">{name}</dt>
            <dd className="break-anywhere">
              <code>{value}</code>
            </dd>
          </Fragment>
        ))}
      </dl>
      <h3>{t("asHtml")}</h3>
      <iframe title={t("frameTitle")} srcDoc={preview.html} sandbox="" className="mailing-preview-frame" />
      <h3>{t("asText")}</h3>
      <pre className="source-text mailing-preview-text" data-testid="mailing-preview-text" dir="auto">
        {preview.text}
      </pre>
    </section>
  );
}
