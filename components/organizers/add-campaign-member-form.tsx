"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import type { ActionFormState } from "@/lib/forms/action-state";
import { addCampaignMemberAction } from "@/lib/organizers/actions";
import type { AddMemberFields } from "@/lib/organizers/commands";
import { addCampaignMemberSchema, CAMPAIGN_MEMBER_ROLES, type AddCampaignMemberInput } from "@/lib/organizers/schema";

const FIELDS: [AddMemberFields, string][] = [
  ["campaignSlug", "member-campaign"],
  ["email", "member-email"],
  ["role", "member-role"],
];

/** On /admin, any campaign; on a campaign's page (`fixedCampaign`), that one. */
export function AddCampaignMemberForm({ campaigns, fixedCampaign }: { campaigns?: { slug: string; title: string }[]; fixedCampaign?: string }) {
  const { state, pending, formAction, formRef, summaryRef, register, errorFor, shownErrors, formMessage, onSubmit } = useActionForm<
    ActionFormState<AddMemberFields>,
    AddCampaignMemberInput
  >({ action: addCampaignMemberAction, schema: addCampaignMemberSchema, fields: FIELDS });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-label="Add to a campaign team">
      {(shownErrors.length > 0 || formMessage) && <ErrorSummary id="member-errors" ref={summaryRef} message={formMessage} errors={shownErrors} />}
      {state.status === "done" && (
        <p className="notice" role="status" data-testid="member-result">
          {state.message}
        </p>
      )}
      {fixedCampaign ? (
        <input type="hidden" defaultValue={fixedCampaign} {...register("campaignSlug")} />
      ) : (
        <FormField id="member-campaign" label="Campaign" error={errorFor("campaignSlug")}>
          {(describedBy) => (
            <select id="member-campaign" aria-invalid={!!errorFor("campaignSlug")} aria-describedby={describedBy} {...register("campaignSlug")}>
              <option value="">Choose a campaign</option>
              {(campaigns ?? []).map((campaign) => (
                <option key={campaign.slug} value={campaign.slug}>
                  {campaign.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id="member-email" label="Their email address" hint="Someone who can already sign in." error={errorFor("email")}>
        {(describedBy) => (
          <input
            id="member-email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            maxLength={254}
            aria-invalid={!!errorFor("email")}
            aria-describedby={describedBy}
            {...register("email")}
          />
        )}
      </FormField>
      <FormField id="member-role" label="Role" hint="Owners manage the team, editors edit the campaign, viewers only look." error={errorFor("role")}>
        {(describedBy) => (
          <select id="member-role" aria-invalid={!!errorFor("role")} aria-describedby={describedBy} {...register("role")}>
            <option value="">Choose a role</option>
            {CAMPAIGN_MEMBER_ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        Add to the team
      </button>
    </form>
  );
}
