import { z } from "zod";
import { isSingleLineText, singleLine } from "@/lib/validation/text";
import { DATE_YEARS_MESSAGE, isFutureDate, isIsoDate, isYearOutOfRange } from "./dates";

// Inputs of the offline-signature forms: react-hook-form checks them in the browser, the commands
// check them again on the server.

/** Paper-signature files: the browser refuses a bigger file before sending it, the server again. */
export const MAX_PAPER_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_PAPER_ROWS = 50_000;

const campaignSlug = singleLine(z.string({ message: "Choose a campaign" }).min(1, "Choose a campaign").max(80), "Choose a campaign");

const requiredText = (empty: string, max: number) =>
  singleLine(z.string({ message: empty }).trim().min(1, empty).max(max, `At most ${max} characters`));

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const sourceDate = z
  .string({ message: "Enter the date of the source" })
  .trim()
  .min(1, "Enter the date of the source")
  .refine((value) => !isYearOutOfRange(value), DATE_YEARS_MESSAGE)
  .refine(isIsoDate, "Enter a real date, like 2026-03-14")
  .refine((value) => !isFutureDate(value), "The date of the source cannot be in the future");

export const recordTallySchema = z.object({
  campaignSlug,
  count: z.coerce
    .number({ message: "Enter the number of signatures" })
    .int("Enter a whole number")
    .min(1, "Enter a number of signatures greater than 0")
    .max(10_000_000, "At most 10,000,000 signatures in one tally"),
  description: requiredText("Describe the count the way the source words it, e.g. “more than 2,000”", 300),
  sourceTitle: requiredText("Enter the title of the source", 200),
  sourceUrl: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .trim()
      .max(2000, "At most 2,000 characters")
      .refine(isSingleLineText, "Enter a web address starting with http:// or https://")
      .pipe(z.url({ protocol: /^https?$/, message: "Enter a web address starting with http:// or https://" }))
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

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;

export const paperFileSchema = z.preprocess(
  firstFile,
  z.custom<UploadedFile>(isUploadedFile, { message: "Choose a CSV file of paper signatures" }).superRefine((file, context) => {
    if (file.size === 0) context.addIssue({ code: "custom", message: "The file is empty." });
    else if (file.size > MAX_PAPER_FILE_BYTES) {
      context.addIssue({
        code: "custom",
        message: `The file is ${megabytes(file.size)}; at most ${megabytes(MAX_PAPER_FILE_BYTES)} can be imported at once. Split it into smaller files.`,
      });
    }
  }),
);

export const importPaperSchema = z.object({
  campaignSlug,
  sourceTitle: requiredText("Enter where the paper signatures come from, e.g. “Market stall petition sheets”", 200),
  description: requiredText("Describe the signatures, e.g. “Signed on paper at the town hall meeting”", 300),
  file: paperFileSchema,
});
export type ImportPaperInput = z.input<typeof importPaperSchema>;
export type ImportPaperFields = keyof ImportPaperInput;

export const removeTallySchema = z.object({ campaignSlug, tallyId: z.guid({ message: "Choose a tally" }) });
