import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { multiLine, paragraphText, singleLine } from "@/lib/validation/text";

// Inputs of the "Updates to signers" forms (issue #3): used by react-hook-form in the browser and
// again by the server actions. Form values arrive as strings. Their messages are catalog keys
// (lib/i18n/message-key.ts), shown in the reader's language by the forms.

const E = (key: string, values?: Record<string, number>) => messageKey(`editor.mailings.errors.${key}`, values);

export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;

const campaignSlug = singleLine(
  z
    .string({ message: E("campaignRequired") })
    .min(1, E("campaignRequired"))
    .max(80),
  E("campaignRequired"),
);
const mailingId = z.guid({ message: E("mailingRequired") });

/** What the organizer writes: a subject line and a plain-text message, paragraphs split by blank lines. */
const mailingContentSchema = z.object({
  subject: singleLine(
    z
      .string({ message: E("subjectRequired") })
      .trim()
      .min(1, E("subjectRequired"))
      .max(SUBJECT_MAX, E("subjectTooLong", { max: SUBJECT_MAX }))
      // A line break in a subject would end the header it is sent in.
      .regex(/^[^\r\n]*$/, E("subjectOneLine")),
  ),
  body: multiLine(
    paragraphText({ message: E("bodyRequired") })
      .trim()
      .min(1, E("bodyRequired"))
      .max(BODY_MAX, E("bodyTooLong", { max: BODY_MAX })),
  ),
});

export const createMailingSchema = mailingContentSchema.extend({ campaignSlug });

export const updateMailingSchema = mailingContentSchema.extend({ campaignSlug, mailingId });
export type UpdateMailingInput = z.input<typeof updateMailingSchema>;

/** A test send names only the mailing: it goes to the caller's own address, never one from the form. */
export const mailingRefSchema = z.object({ campaignSlug, mailingId });

export const sendMailingSchema = mailingRefSchema.extend({
  // A checkbox posts "on" without JavaScript; react-hook-form gives true.
  previewChecked: z.preprocess((value) => value === true || value === "on" || value === "true", z.literal(true, { message: E("previewNotChecked") })),
});
export type SendMailingInput = z.input<typeof sendMailingSchema>;
