"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import type { ActionFormState } from "@/lib/forms/action-state";
import { addCampaignMemberAction } from "@/lib/organizers/actions";
import type { AddMemberFields } from "@/lib/organizers/commands";
import { addCampaignMemberSchema, CAMPAIGN_MEMBER_ROLES, type AddCampaignMemberInput } from "@/lib/organizers/schema";
import { useMessageText } from "./message-text";

const FIELDS: [AddMemberFields, string][] = [
  ["campaignSlug", "member-campaign"],
  ["email", "member-email"],
  ["role", "member-role"],
];

/** On /admin, any campaign; on a campaign's page (`fixedCampaign`), that one. */
export function AddCampaignMemberForm({ campaigns, fixedCampaign }: { campaigns?: { slug: string; title: string }[]; fixedCampaign?: string }) {
  const t = useTranslations("organizer");
  const message = useMessageText();
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    ActionFormState<AddMemberFields>,
    AddCampaignMemberInput
  >({ action: addCampaignMemberAction, schema: addCampaignMemberSchema, fields: FIELDS });
  const campaignError = message.maybe(errorFor("campaignSlug"));
  const emailError = message.maybe(errorFor("email"));
  const roleError = message.maybe(errorFor("role"));

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label={t("addMember.formLabel")}>
      {(shownErrors.length > 0 || formMessage) && (
        <ErrorSummary id="member-errors" ref={summaryRef} message={message.maybe(formMessage)} errors={message.list(shownErrors)} />
      )}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid="member-result">
          {message.rich(state.message)}
        </p>
      )}
      {fixedCampaign ? (
        <input type="hidden" defaultValue={fixedCampaign} {...register("campaignSlug")} />
      ) : (
        <FormField id="member-campaign" label={t("addMember.campaign")} error={campaignError}>
          {(describedBy) => (
            <select id="member-campaign" aria-invalid={!!campaignError} aria-describedby={describedBy} {...register("campaignSlug")}>
              <option value="">{t("addMember.chooseCampaign")}</option>
              {(campaigns ?? []).map((campaign) => (
                <option key={campaign.slug} value={campaign.slug}>
                  {campaign.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id="member-email" label={t("addMember.email")} hint={t("addMember.emailHint")} error={emailError}>
        {(describedBy) => (
          <input
            id="member-email"
            type="email"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            maxLength={254}
            aria-invalid={!!emailError}
            aria-describedby={describedBy}
            {...register("email")}
          />
        )}
      </FormField>
      <FormField id="member-role" label={t("addMember.role")} hint={t("addMember.roleHint")} error={roleError}>
        {(describedBy) => (
          <select id="member-role" aria-invalid={!!roleError} aria-describedby={describedBy} {...register("role")}>
            <option value="">{t("addMember.chooseRole")}</option>
            {CAMPAIGN_MEMBER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {t("addMember.submit")}
      </button>
    </form>
  );
}
