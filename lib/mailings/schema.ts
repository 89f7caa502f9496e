import { z } from "zod";
import { multiLine, paragraphText, singleLine } from "@/lib/validation/text";

// Inputs of the "Updates to signers" forms (issue #3): used by react-hook-form in the browser and
// again by the server actions. Form values arrive as strings.

export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;

const campaignSlug = singleLine(z.string({ message: "Choose a campaign" }).min(1, "Choose a campaign").max(80), "Choose a campaign");
const mailingId = z.guid({ message: "Choose an update" });

/** What the organizer writes: a subject line and a plain-text message, paragraphs split by blank lines. */
const mailingContentSchema = z.object({
  subject: singleLine(
    z
      .string({ message: "Enter a subject" })
      .trim()
      .min(1, "Enter a subject")
      .max(SUBJECT_MAX, `The subject must be at most ${SUBJECT_MAX} characters`)
      // A line break in a subject would end the header it is sent in.
      .regex(/^[^\r\n]*$/, "The subject must be one line"),
  ),
  body: multiLine(
    paragraphText({ message: "Enter a message" })
      .trim()
      .min(1, "Enter a message")
      .max(BODY_MAX, `The message must be at most ${BODY_MAX.toLocaleString("en")} characters`),
  ),
});

export const createMailingSchema = mailingContentSchema.extend({ campaignSlug });

export const updateMailingSchema = mailingContentSchema.extend({ campaignSlug, mailingId });
export type UpdateMailingInput = z.input<typeof updateMailingSchema>;

/** A test send names only the mailing: it goes to the caller's own address, never one from the form. */
export const mailingRefSchema = z.object({ campaignSlug, mailingId });

export const sendMailingSchema = mailingRefSchema.extend({
  // A checkbox posts "on" without JavaScript; react-hook-form gives true.
  previewChecked: z.preprocess(
    (value) => value === true || value === "on" || value === "true",
    z.literal(true, { message: "Confirm that you have checked the preview" }),
  ),
});
export type SendMailingInput = z.input<typeof sendMailingSchema>;
