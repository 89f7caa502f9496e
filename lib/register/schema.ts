import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { isCalendarDate, RECENT_YEARS } from "@/lib/validation/dates";
import { singleLine } from "@/lib/validation/text";

// Inputs of the register pages (issue #14), checked in the browser and again on the server.
// Messages are catalog keys (lib/i18n/message-key.ts).

const m = (key: string, values?: Record<string, string | number>) => messageKey(`register.errors.${key}`, values);

/**
 * The largest register file accepted, and its rows: the municipal councillors' file is about
 * 490,000 rows and 80 MB; these leave it room to grow and refuse anything far beyond it.
 */
export const MAX_REGISTER_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_REGISTER_ROWS = 1_000_000;

export const REGISTER_FILE_KINDS = ["municipal-councillors", "mayors"] as const;

export const registerUploadSchema = z.object({
  kind: z.enum(REGISTER_FILE_KINDS, { message: m("chooseKind") }),
  extractDate: z
    .string({ message: m("extractDateRequired") })
    .trim()
    .min(1, m("extractDateRequired"))
    .refine((value) => isCalendarDate(value, RECENT_YEARS), m("realDate"))
    .refine((value) => value <= new Date().toISOString().slice(0, 10), m("futureDate")),
});
export type RegisterUploadFields = keyof z.input<typeof registerUploadSchema> | "file";

/** The extract date a file's name carries (data.gouv.fr names them like `elus-municipaux-cm-2026-06-30.csv`), if any. */
export function extractDateOfFileName(name: string): string | null {
  const match = /(20\d{2})[-_]?(\d{2})[-_]?(\d{2})/.exec(name);
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isCalendarDate(date, RECENT_YEARS) ? date : null;
}

const CHOOSE_CAMPAIGN = messageKey("organizer.forms.chooseCampaign");
const campaignSlug = singleLine(z.string({ message: CHOOSE_CAMPAIGN }).min(1, CHOOSE_CAMPAIGN).max(80), CHOOSE_CAMPAIGN);

export const registerDecisionSchema = z.object({
  campaignSlug,
  signatureId: z.guid({ message: m("chooseSignature") }),
  decision: z.enum(["confirmed", "rejected"], { message: m("chooseDecision") }),
});

export const registerRecheckSchema = z.object({ campaignSlug });
