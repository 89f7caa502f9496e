import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { isSingleLineText, singleLine } from "@/lib/validation/text";
import { DATE_YEARS_MESSAGE, isFutureDate, isIsoDate, isYearOutOfRange } from "./dates";

// Inputs of the offline-signature forms: react-hook-form checks them in the browser, the commands
// check them again on the server. Messages are catalog keys (lib/i18n/message-key.ts).

const m = (key: string, values?: Record<string, string | number>) => messageKey(`organizer.offline.errors.${key}`, values);
const atMost = (max: number) => messageKey("organizer.forms.atMostCharacters", { max });

/** Paper-signature files: the browser refuses a bigger file before sending it, the server again. */
export const MAX_PAPER_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_PAPER_ROWS = 50_000;

const CHOOSE_CAMPAIGN = messageKey("organizer.forms.chooseCampaign");
const campaignSlug = singleLine(z.string({ message: CHOOSE_CAMPAIGN }).min(1, CHOOSE_CAMPAIGN).max(80), CHOOSE_CAMPAIGN);

const requiredText = (empty: string, max: number) => singleLine(z.string({ message: empty }).trim().min(1, empty).max(max, atMost(max)));

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const sourceDate = z
  .string({ message: m("sourceDateRequired") })
  .trim()
  .min(1, m("sourceDateRequired"))
  .refine((value) => !isYearOutOfRange(value), DATE_YEARS_MESSAGE)
  .refine(isIsoDate, m("realDate"))
  .refine((value) => !isFutureDate(value), m("futureDate"));

export const recordTallySchema = z.object({
  campaignSlug,
  count: z.coerce
    .number({ message: m("enterCount") })
    .int(m("wholeNumber"))
    .min(1, m("countPositive"))
    .max(10_000_000, m("countMax", { max: 10_000_000 })),
  description: requiredText(m("describeCount"), 300),
  sourceTitle: requiredText(m("sourceTitleRequired"), 200),
  sourceUrl: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .max(2000, atMost(2000))
      .refine(isSingleLineText, m("webAddress"))
      .pipe(z.url({ protocol: /^https?$/, message: m("webAddress") }))
      .optional(),
  ),
  sourceDate,
});
export type RecordTallyInput = z.input<typeof recordTallySchema>;
export type RecordTallyFields = keyof RecordTallyInput;

/** What a file input gives: a File on the server, a FileList in the browser (react-hook-form). */
export type UploadedFile = { name: string; size: number; stream(): ReadableStream<Uint8Array> };

function isUploadedFile(value: unknown): value is UploadedFile {
  const file = value as UploadedFile | null;
  return (
    typeof file === "object" && file !== null && typeof file.size === "number" && typeof file.name === "string" && typeof file.stream === "function"
  );
}

function firstFile(value: unknown): unknown {
  // A FileList in the browser; a File without a name is what a form sends when none was chosen.
  if (typeof value === "object" && value !== null && "item" in value && "length" in value) return (value as FileList)[0];
  if (isUploadedFile(value) && value.name === "" && value.size === 0) return undefined;
  return value;
}

/** A size in MB with at most one decimal, for the messages' `{size, number} MB`. */
export const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export const paperFileSchema = z.preprocess(
  firstFile,
  z.custom<UploadedFile>(isUploadedFile, { message: m("chooseFile") }).superRefine((file, context) => {
    if (file.size === 0) context.addIssue({ code: "custom", message: m("fileEmpty") });
    else if (file.size > MAX_PAPER_FILE_BYTES) {
      context.addIssue({
        code: "custom",
        message: m("fileTooLarge", { size: megabytes(file.size), max: megabytes(MAX_PAPER_FILE_BYTES) }),
      });
    }
  }),
);

export const importPaperSchema = z.object({
  campaignSlug,
  sourceTitle: requiredText(m("importSourceRequired"), 200),
  description: requiredText(m("importDescriptionRequired"), 300),
  file: paperFileSchema,
});
export type ImportPaperInput = z.input<typeof importPaperSchema>;
export type ImportPaperFields = keyof ImportPaperInput;

export const removeTallySchema = z.object({ campaignSlug, tallyId: z.guid({ message: m("chooseTally") }) });
