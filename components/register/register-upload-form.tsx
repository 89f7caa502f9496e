"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { useMessageText } from "@/components/organizers/message-text";
import { FormField } from "@/components/ui/form-field";
import { useRouter } from "next/navigation";
import { MAX_REGISTER_FILE_BYTES, REGISTER_FILE_KINDS } from "@/lib/register/schema";

type Progress = { percent: number; rows: number };
type Outcome = { imported: true; rows: number } | { imported: false; reason: string };
type Errors = Partial<Record<"kind" | "extractDate" | "file" | "form", string>>;

const UPLOAD_URL = "/api/admin/register/extracts";

/**
 * The upload form. Without JavaScript it posts to the route handler, which redirects back to the
 * page once the file is in (the list, refreshing itself, shows an import under way). With it, the
 * file is sent by fetch and the import's progress, stored on the extract row, is polled each second.
 */
export function RegisterUploadForm({ initialErrors }: { initialErrors: Errors }) {
  const t = useTranslations("register.admin");
  const message = useMessageText();
  const locale = useLocale();
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>(initialErrors);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (file && file.size > MAX_REGISTER_FILE_BYTES) {
      event.preventDefault();
      setErrors({ file: `register.errors.tooLarge?${JSON.stringify({ max: MAX_REGISTER_FILE_BYTES / 1048576 })}` });
      return;
    }
    event.preventDefault();
    setErrors({});
    setOutcome(null);
    setProgress({ percent: 0, rows: 0 });
    const started = Date.now();
    // A poll still in flight when the upload answers must not bring the progress bar back for good.
    let finished = false;
    const poll = setInterval(async () => {
      const answer = await fetch(UPLOAD_URL, { headers: { accept: "application/json" } }).catch(() => null);
      const latest = answer?.ok ? (await answer.json()).latest : null;
      if (finished || !latest || new Date(latest.createdAt).getTime() < started - 60_000) return;
      const percent = latest.bytesTotal ? Math.min(100, Math.round((100 * latest.bytesRead) / latest.bytesTotal)) : 0;
      setProgress({ percent, rows: latest.rowsImported });
    }, 1000);
    try {
      const answer = await fetch(`${UPLOAD_URL}?locale=${locale}`, {
        method: "POST",
        body: new FormData(form),
        headers: { accept: "application/json" },
      });
      const body = await answer.json().catch(() => ({}));
      if (answer.status === 400 && body.fieldErrors) setErrors(body.fieldErrors);
      else if (!answer.ok) setErrors({ form: "register.importErrors.unexpected" });
      else if (body.imported === true) {
        form.reset();
        setOutcome({ imported: true, rows: body.rows });
      } else if (body.imported === false) setOutcome({ imported: false, reason: body.reason });
    } catch {
      setErrors({ form: "register.importErrors.truncated" });
    } finally {
      finished = true;
      clearInterval(poll);
      setProgress(null);
      router.refresh();
    }
  }

  const formError = message.maybe(errors.form);
  return (
    <form
      action={`${UPLOAD_URL}?locale=${locale}`}
      method="post"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="register-upload-title"
    >
      <h2 id="register-upload-title">{t("uploadTitle")}</h2>
      {formError && (
        <p className="notice notice-error" role="alert" data-testid="register-form-error">
          {formError}
        </p>
      )}
      <fieldset className={errors.kind ? "field field-invalid" : "field"}>
        <legend>{t("kindLegend")}</legend>
        {errors.kind && <span className="field-error">{message.text(errors.kind)}</span>}
        {REGISTER_FILE_KINDS.map((kind, index) => (
          <label key={kind} className="choice">
            <input type="radio" name="kind" value={kind} defaultChecked={index === 0} /> {t(`kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <FormField id="register-extract-date" label={t("extractDate")} hint={t("extractDateHint")} error={errors.extractDate}>
        {(describedBy) => (
          <input
            id="register-extract-date"
            name="extractDate"
            type="date"
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.extractDate)}
          />
        )}
      </FormField>
      <FormField id="register-file" label={t("file")} hint={t("fileHint", { max: MAX_REGISTER_FILE_BYTES / 1048576 })} error={errors.file}>
        {(describedBy) => (
          <input
            id="register-file"
            name="file"
            type="file"
            accept=".csv,.txt,text/csv"
            aria-describedby={describedBy}
            aria-invalid={Boolean(errors.file)}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={progress !== null}>
        {t("submit")}
      </button>
      <div aria-live="polite" className="register-progress" data-testid="register-progress">
        {progress && (
          <>
            <p>{t("uploading")}</p>
            <progress max={100} value={progress.percent} aria-label={t("progressLabel")} />
            <p>{t("progress", { percent: progress.percent, rows: progress.rows })}</p>
          </>
        )}
        {outcome?.imported === true && (
          <p className="notice" data-testid="register-done">
            {t("done", { rows: outcome.rows })}
          </p>
        )}
        {outcome?.imported === false && (
          <p className="notice notice-error" data-testid="register-refused">
            {t("failed", { reason: message.text(outcome.reason) })}
          </p>
        )}
      </div>
    </form>
  );
}
