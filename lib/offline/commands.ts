import "server-only";
import { guardCampaignCommand } from "@/lib/access/campaign-guard";
import { allow, refuse, type Caller, type CommandResult } from "@/lib/access/guard";
import { messageKey } from "@/lib/i18n/message-key";
import { consumeUserLimits, type RateWindow } from "@/lib/rate-limit/per-user";
import { decodeCsvBytes } from "./csv-decode";
import { parseCsv } from "./csv-parse";
import { importPaperSignatures, recordOfflineTally, removeOfflineTally } from "./mutations";
import { paperRulesFor, validatePaperRecords, type Rejection } from "./paper-rows";
import { findOfflineCampaign } from "./queries";
import { readUpload } from "./read-upload";
import {
  importPaperSchema,
  MAX_PAPER_FILE_BYTES,
  MAX_PAPER_ROWS,
  megabytes,
  recordTallySchema,
  removeTallySchema,
  type ImportPaperFields,
  type RecordTallyFields,
} from "./schema";

// Offline signatures behind their checks: authenticate, validate, find, authorize (editors,
// owners and admins of the campaign). actions.ts passes the session's user; tests pass any caller.

export async function recordOfflineTallyAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ campaignSlug: string; tallyId: string; count: number }, RecordTallyFields>> {
  const found = await guardCampaignCommand(caller, recordTallySchema, input, "edit", findOfflineCampaign);
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;
  const { campaignSlug: _slug, ...record } = data;
  const tally = await recordOfflineTally(user, campaign, record);
  return allow({ campaignSlug: campaign.slug, tallyId: tally.id, count: tally.count });
}

/** Every row was checked and some were not right: nothing was imported. */
type ImportRejected = { ok: false; error: "rejected"; rejections: Rejection[]; rejectedCount: number; rowCount: number };

export type ImportResult =
  | CommandResult<{ campaignSlug: string; tallyId: string; count: number; fileName: string }, ImportPaperFields>
  | ImportRejected;

const fileError = (message: string) => ({ ok: false as const, error: "invalid" as const, fieldErrors: { file: message } });
const formError = (message: string) => ({ ok: false as const, error: "invalid" as const, fieldErrors: { form: message } });

// Each import reads up to 5 MB and writes up to 50,000 rows. Per user: files read (correcting a
// file and trying again is normal, so these are generous) and imports that pass every check.
const PAPER_READ_LIMITS: RateWindow[] = [{ limit: 30, seconds: 60 }];
const PAPER_IMPORT_LIMITS: RateWindow[] = [{ limit: 10, seconds: 60 }];
const tooManyImports = (retryAfterSeconds: number) =>
  messageKey("organizer.offline.importForm.tooManyImports", { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });

/** The name shown in the list: no path, no control characters, not endless. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return (
    base
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
      .trim()
      .slice(0, 200) || "upload.csv"
  );
}

/**
 * Imports a CSV file of paper signatures: all rows or none. The file is read only after the
 * caller is known to be allowed, and never beyond MAX_PAPER_FILE_BYTES whatever size it claims.
 */
export async function importPaperSignaturesAs(caller: Caller, input: unknown): Promise<ImportResult> {
  const found = await guardCampaignCommand(caller, importPaperSchema, input, "edit", findOfflineCampaign);
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;

  const reads = await consumeUserLimits("paper-read", user.id, PAPER_READ_LIMITS);
  if (!reads.allowed) return formError(tooManyImports(reads.retryAfterSeconds));
  const upload = await readUpload(data.file, MAX_PAPER_FILE_BYTES);
  if (!upload.ok) return fileError(messageKey("organizer.offline.errors.fileLarger", { max: megabytes(MAX_PAPER_FILE_BYTES) }));
  const decoded = decodeCsvBytes(upload.bytes);
  if (!decoded.ok) return fileError(decoded.message);
  // Blank lines are allowed between rows, so the parser's bound is looser than the row limit.
  const csv = parseCsv(decoded.text, { maxRecords: 2 * MAX_PAPER_ROWS + 1 });
  if (!csv.ok) return fileError(csv.message);
  const checked = validatePaperRecords(csv.records, paperRulesFor(campaign), { maxRows: MAX_PAPER_ROWS });
  if (!checked.ok && checked.kind === "file") return fileError(checked.message);
  if (!checked.ok) {
    const { rejections, rejectedCount, rowCount } = checked;
    return { ok: false, error: "rejected", rejections, rejectedCount, rowCount };
  }

  const imports = await consumeUserLimits("paper-import", user.id, PAPER_IMPORT_LIMITS);
  if (!imports.allowed) return formError(tooManyImports(imports.retryAfterSeconds));
  const fileName = cleanFileName(data.file.name);
  const { sourceTitle, description } = data;
  const tally = await importPaperSignatures(user, campaign, { sourceTitle, description, fileName }, checked.rows);
  return allow({ campaignSlug: campaign.slug, tallyId: tally.id, count: tally.count, fileName });
}

export async function removeOfflineTallyAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ campaignSlug: string; count: number }, "campaignSlug" | "tallyId">> {
  const found = await guardCampaignCommand(caller, removeTallySchema, input, "edit", findOfflineCampaign);
  if (!found.ok) return found;
  const { user, data, campaign } = found.value;
  // A tally of another campaign answers as if it did not exist: a forged id changes nothing.
  const removed = await removeOfflineTally(user, campaign, data.tallyId);
  if (!removed) return refuse("not-found");
  return allow({ campaignSlug: campaign.slug, count: removed.count });
}
