"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type ReactNode, startTransition, useActionState, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { SignerFields } from "@/lib/db/schema";
import { signCampaignAction, type SignFormState } from "@/lib/signing/actions";
import type { CountryOption } from "@/lib/signing/countries";
import { OFFICES } from "@/lib/signatory-list/offices";
import { buildSignatureSchema, type FieldErrors, type SignatureInput } from "@/lib/signing/schema";
import { ShareLinks } from "@/components/campaigns/share-links";
import { FormField } from "@/components/ui/form-field";
import { externalReferrerHost } from "@/lib/signing/source";
import { translateMessage } from "@/lib/i18n/message-key";
import { suggestEmailDomain, type EmailDomainSuggestion } from "@/lib/signing/email-domain-suggestion";
import { EmailDomainCheck, EmailSuggestion } from "./email-suggestion";
import { Link } from "@/lib/i18n/navigation";
import { PROOF_OF_WORK_FIELD } from "@/lib/proof-of-work/schema";
import { type ProofOfWorkHandle, ProofOfWorkWidget } from "./proof-of-work-widget";
import { CommuneCombobox } from "@/components/communes/commune-combobox";

/** The catalog key of each office's name (signing.offices). */
const OFFICE_KEYS = {
  mayor: "mayor",
  "deputy-mayor": "deputyMayor",
  "municipal-councillor": "municipalCouncillor",
  "departmental-councillor": "departmentalCouncillor",
  "regional-councillor": "regionalCouncillor",
  "other-elected": "otherElected",
} as const satisfies Record<keyof typeof OFFICES, string>;

type Props = {
  /** The campaign's public address: when given, share links follow the "Check your email" notice. */
  campaignUrl?: string;
  campaignSlug: string;
  campaignTitle: string;
  signerFields: SignerFields;
  listNamesPublicly: boolean;
  /** The country list, built on the server (lib/signing/countries.ts: the browser's names differ). */
  countries: readonly CountryOption[];
  /**
   * This form's place on its page (`/campaigns/{slug}#sign`): without JavaScript the browser posts
   * there, so the reader lands on the result (errors or "Check your email"), not at the page's top.
   */
  permalink: string;
  /** A note above the fields (who may sign), gone once signed. */
  intro?: ReactNode;
  /** Whether the campaign may ask for a proof of work ("on" or "automatic", issue #13): the form then carries the widget. */
  proofOfWork?: boolean;
};

type FormValues = Record<keyof SignatureInput, unknown>;

const FIELD_ORDER: (keyof FieldErrors)[] = [
  "fullName",
  "email",
  "country",
  "city",
  "postcode",
  "office",
  "municipality",
  "comment",
  "consent",
  "form",
];

export function SignForm({
  campaignUrl,
  campaignSlug,
  campaignTitle,
  signerFields,
  listNamesPublicly,
  countries,
  permalink,
  intro,
  proofOfWork = false,
}: Props) {
  const t = useTranslations("signing.signForm");
  const tOffice = useTranslations("signing.offices");
  // Validation messages and the action's answers are catalog keys, read with the root translator.
  const tRoot = useTranslations();
  const schema = useMemo(() => buildSignatureSchema(signerFields), [signerFields]);
  const [state, formAction, pending] = useActionState<SignFormState, FormData>(signCampaignAction, { status: "idle" }, permalink);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const referrerRef = useRef<HTMLInputElement>(null);
  const proofRef = useRef<ProofOfWorkHandle>(null);
  // The proof of work may still be solving when the signer sends: the form waits for it, and says so.
  const [solving, setSolving] = useState(false);
  const values: Record<string, string | undefined> = state.status === "error" ? state.values : {};
  const [emailSuggestion, setEmailSuggestion] = useState<EmailDomainSuggestion | null>(null);
  // The commune list needs JavaScript: until the page is hydrated the municipality is a plain field.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const {
    register,
    handleSubmit,
    getValues,
    setValue,
    setFocus,
    watch,
    formState: { errors, submitCount },
  } = useForm<FormValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FormValues>,
    shouldFocusError: false,
    defaultValues: {
      ...values,
      consent: values.consent === "on",
      optInUpdates: values.optInUpdates === "on",
      showName: values.showName === "on",
    },
  });

  const serverErrors: FieldErrors = state.status === "error" ? state.fieldErrors : {};
  const errorFor = (name: keyof FieldErrors): string | undefined => {
    const message = (errors[name as keyof FormValues]?.message as string | undefined) ?? serverErrors[name];
    return message ? translateMessage(tRoot, message) : undefined;
  };
  const shownErrors = FIELD_ORDER.map((name) => [name, errorFor(name)] as const).filter(([, message]) => message);
  const formMessage = state.status === "error" && Object.keys(serverErrors).length === 0 ? translateMessage(tRoot, state.message) : null;

  // After a failed submit, move focus to the error summary so screen readers read it out. The errors
  // are read when the submit ends, not followed: fixing one field while others are still wrong
  // must not pull the focus away from the field being typed in.
  const focusErrorSummary = useEffectEvent(() => {
    if (shownErrors.length > 0 || formMessage) summaryRef.current?.focus();
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: triggers, not values read: the effect runs once per finished submit, refused in the browser (submitCount) or answered by the server (state)
  useEffect(() => {
    focusErrorSummary();
  }, [submitCount, state]);
  useEffect(() => {
    if (state.status === "accepted") resultRef.current?.focus();
  }, [state.status]);
  // Which site sent the signer: only the browser knows it (the Referer of the form post is this page).
  useEffect(() => {
    if (referrerRef.current) referrerRef.current.value = externalReferrerHost(document.referrer, location.host) ?? "";
  }, []);

  if (state.status === "accepted") {
    return (
      <>
        <div className="notice" role="status" tabIndex={-1} ref={resultRef} data-testid="sign-result">
          <h2>{t("checkEmail")}</h2>
          <p>{translateMessage(tRoot, state.message)}</p>
          {state.emailDomain && <EmailDomainCheck suggestion={state.emailDomain} signAgainHref={signAgainHref(permalink)} />}
        </div>
        {campaignUrl && (
          <section aria-labelledby="share-title">
            <h3 id="share-title">{t("askOthers")}</h3>
            <ShareLinks url={campaignUrl} title={campaignTitle} />
          </section>
        )}
      </>
    );
  }

  const acceptEmailSuggestion = () => {
    const email = String(getValues("email") ?? "");
    if (!emailSuggestion) return;
    setValue("email", `${email.slice(0, email.lastIndexOf("@") + 1)}${emailSuggestion.suggested}`, { shouldValidate: submitCount > 0 });
    setEmailSuggestion(null);
    setFocus("email");
  };

  const onValid = async () => {
    const form = formRef.current;
    if (!form) return;
    setSolving(true);
    const proof = await proofRef.current?.solve().catch(() => null);
    setSolving(false);
    const data = new FormData(form);
    if (proof) data.set(PROOF_OF_WORK_FIELD, proof);
    startTransition(() => formAction(data));
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={handleSubmit(onValid)} noValidate aria-label={t("ariaLabel", { title: campaignTitle })}>
      {intro}
      {(shownErrors.length > 0 || formMessage) && (
        <section className="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="sign-error-title" data-testid="error-summary">
          <h2 id="sign-error-title">{t("problem")}</h2>
          {formMessage && <p>{formMessage}</p>}
          <ul>
            {shownErrors.map(([name, message]) => (
              <li key={name}>
                <a href={`#sign-${name}`}>{message}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <input type="hidden" name="campaign" value={campaignSlug} />
      <input type="hidden" name="referrerHost" ref={referrerRef} defaultValue="" />

      <FormField id="sign-fullName" label={t("fullName")} error={errorFor("fullName")}>
        {(describedBy) => (
          <input
            id="sign-fullName"
            type="text"
            dir="auto"
            autoComplete="name"
            maxLength={100}
            aria-invalid={!!errorFor("fullName")}
            aria-describedby={describedBy}
            defaultValue={values.fullName}
            {...register("fullName")}
          />
        )}
      </FormField>

      <FormField id="sign-email" label={t("email")} hint={t("emailHint")} error={errorFor("email")}>
        {(describedBy) => (
          <>
            <input
              id="sign-email"
              type="email"
              dir="ltr"
              autoComplete="email"
              spellCheck={false}
              maxLength={254}
              aria-invalid={!!errorFor("email")}
              aria-describedby={describedBy}
              defaultValue={values.email}
              {...register("email", { onBlur: (event) => setEmailSuggestion(suggestEmailDomain(event.target.value)) })}
            />
            <EmailSuggestion suggestion={emailSuggestion} onAccept={acceptEmailSuggestion} />
          </>
        )}
      </FormField>

      {signerFields.country !== "off" && (
        <FormField id="sign-country" label={signerFields.country === "optional" ? t("countryOptional") : t("country")} error={errorFor("country")}>
          {(describedBy) => (
            <select
              id="sign-country"
              autoComplete="country"
              aria-invalid={!!errorFor("country")}
              aria-describedby={describedBy}
              defaultValue={values.country}
              {...register("country")}
            >
              <option value="">{t("selectCountry")}</option>
              {countries.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}

      {signerFields.city !== "off" && (
        <FormField id="sign-city" label={signerFields.city === "optional" ? t("cityOptional") : t("city")} error={errorFor("city")}>
          {(describedBy) => (
            <input
              id="sign-city"
              type="text"
              dir="auto"
              autoComplete="address-level2"
              maxLength={100}
              aria-invalid={!!errorFor("city")}
              aria-describedby={describedBy}
              defaultValue={values.city}
              {...register("city")}
            />
          )}
        </FormField>
      )}

      {signerFields.postcode !== "off" && (
        <FormField
          id="sign-postcode"
          label={signerFields.postcode === "optional" ? t("postcodeOptional") : t("postcode")}
          error={errorFor("postcode")}
        >
          {(describedBy) => (
            <input
              id="sign-postcode"
              type="text"
              dir="auto"
              autoComplete="postal-code"
              maxLength={20}
              aria-invalid={!!errorFor("postcode")}
              aria-describedby={describedBy}
              defaultValue={values.postcode}
              {...register("postcode")}
            />
          )}
        </FormField>
      )}

      {signerFields.office !== "off" && (
        <FormField id="sign-office" label={signerFields.office === "optional" ? t("officeOptional") : t("office")} error={errorFor("office")}>
          {(describedBy) => (
            <select
              id="sign-office"
              aria-invalid={!!errorFor("office")}
              aria-describedby={describedBy}
              defaultValue={values.office}
              {...register("office")}
            >
              <option value="">{t("selectOffice")}</option>
              {(Object.keys(OFFICES) as (keyof typeof OFFICES)[]).map((value) => (
                <option key={value} value={value}>
                  {tOffice(OFFICE_KEYS[value])}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}

      {signerFields.municipality !== "off" && (
        <FormField
          id="sign-municipality"
          label={signerFields.municipality === "optional" ? t("municipalityOptional") : t("municipality")}
          hint={signerFields.country === "off" ? t("municipalityHint") : t("municipalityHintFrance")}
          error={errorFor("municipality")}
        >
          {(describedBy) => (
            <CommuneCombobox
              id="sign-municipality"
              registration={register("municipality")}
              onChoose={(name) => setValue("municipality", name, { shouldValidate: submitCount > 0 })}
              enabled={hydrated && watch("country") === "FR"}
              defaultValue={values.municipality}
              defaultCode={values.communeCode}
              choices={state.status === "error" ? state.communeChoices : undefined}
              describedBy={describedBy}
              invalid={!!errorFor("municipality")}
            />
          )}
        </FormField>
      )}

      <FormField
        id="sign-comment"
        label={t("comment")}
        hint={listNamesPublicly ? t("commentHintPublic") : t("commentHintPrivate")}
        error={errorFor("comment")}
      >
        {(describedBy) => (
          <textarea
            id="sign-comment"
            rows={3}
            dir="auto"
            maxLength={500}
            aria-invalid={!!errorFor("comment")}
            aria-describedby={describedBy}
            defaultValue={values.comment}
            {...register("comment")}
          />
        )}
      </FormField>

      <fieldset
        className={errorFor("consent") ? "field field-invalid" : "field"}
        aria-describedby={errorFor("consent") ? "sign-consent-error" : undefined}
      >
        <legend>{t("consentLegend")}</legend>
        {errorFor("consent") && (
          <span className="field-error" id="sign-consent-error">
            <span className="visually-hidden">{t("errorPrefix")}</span>
            {errorFor("consent")}
          </span>
        )}
        <div className="checkbox">
          <input
            id="sign-consent"
            type="checkbox"
            aria-invalid={!!errorFor("consent")}
            aria-describedby={errorFor("consent") ? "sign-consent-error" : undefined}
            defaultChecked={values.consent === "on"}
            {...register("consent")}
          />
          <label htmlFor="sign-consent">{t("consent")}</label>
        </div>
        {/* In a new tab, so that reading it loses nothing typed here (and leaves the widget's frame). */}
        <p className="hint checkbox-hint" id="sign-privacy">
          {t.rich("privacy", {
            link: (chunks) => (
              <Link href={`/campaigns/${campaignSlug}/privacy`} target="_blank">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <div className="checkbox">
          <input id="sign-optInUpdates" type="checkbox" defaultChecked={values.optInUpdates === "on"} {...register("optInUpdates")} />
          <label htmlFor="sign-optInUpdates">{t("optInUpdates")}</label>
        </div>
        {listNamesPublicly && (
          <div className="checkbox">
            <input id="sign-showName" type="checkbox" defaultChecked={values.showName === "on"} {...register("showName")} />
            <label htmlFor="sign-showName">{t("showName")}</label>
          </div>
        )}
      </fieldset>

      <div className="honeypot" aria-hidden="true">
        <label htmlFor="sign-website">{t("honeypot")}</label>
        <input id="sign-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      {proofOfWork && <ProofOfWorkWidget ref={proofRef} />}

      <button type="submit" className="button button-block" disabled={pending || solving}>
        {pending || solving ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

// The same page with a fresh form: a query makes it a new navigation (the bare permalink would only
// scroll to the form, leaving this notice in place without JavaScript).
function signAgainHref(permalink: string): string {
  const [path, hash] = permalink.split("#");
  return `${path}?again=1${hash ? `#${hash}` : ""}`;
}
