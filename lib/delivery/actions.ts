"use server";

import { getLocale } from "next-intl/server";
import { type ActionFormState, refusalMessages } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { prepareDeliveryAs } from "./commands";
import type { PrepareDeliveryFields } from "./schema";

// The "Prepare delivery" form (issue #14): the command validates and authorizes; a queued pack
// sends the organizer to the section's page, which shows its progress (and reloads itself while
// the pack is being made, with or without JavaScript).

const REFUSALS = refusalMessages({ "not-found": "editor.refusals.notFound", forbidden: "delivery.errors.forbidden" });

const prepareIn = (locale: string) =>
  formAction(prepareDeliveryAs, REFUSALS, ({ slug, snapshotId }): never =>
    redirect({ href: `/organizer/campaigns/${slug}/delivery?${new URLSearchParams({ queued: snapshotId })}`, locale }),
  );

export async function prepareDeliveryAction(
  previous: ActionFormState<PrepareDeliveryFields>,
  formData: FormData,
): Promise<ActionFormState<PrepareDeliveryFields>> {
  return prepareIn(await getLocale())(previous, formData);
}
