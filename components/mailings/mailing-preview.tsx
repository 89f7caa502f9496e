import { Fragment } from "react";
import type { EmailMessage } from "@/lib/email/mailer";

// The email as signers get it: the HTML part in a sandboxed frame (no scripts, no navigation),
// the text part as is, and the headers that carry the one-click unsubscribe.
export function MailingPreview({ preview }: { preview: EmailMessage }) {
  return (
    <section aria-labelledby="mailing-preview-title" data-testid="mailing-preview">
      <h2 id="mailing-preview-title">Preview</h2>
      <dl className="facts">
        <dt>Subject</dt>
        <dd data-testid="mailing-preview-subject">{preview.subject}</dd>
        {Object.entries(preview.headers ?? {}).map(([name, value]) => (
          <Fragment key={name}>
            <dt className="break-anywhere">{name}</dt>
            <dd className="break-anywhere">
              <code>{value}</code>
            </dd>
          </Fragment>
        ))}
      </dl>
      <h3>As HTML</h3>
      <iframe title="The update as HTML" srcDoc={preview.html} sandbox="" className="mailing-preview-frame" />
      <h3>As plain text</h3>
      <pre className="source-text mailing-preview-text" data-testid="mailing-preview-text">
        {preview.text}
      </pre>
    </section>
  );
}
