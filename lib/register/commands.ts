import "server-only";
import { guardCampaignCommand } from "@/lib/access/campaign-guard";
import { allow, refuse, type Caller, type CommandResult } from "@/lib/access/guard";
import { isAdmin } from "@/lib/access/permissions";
import { MultipartError, MultipartReader, multipartBoundary, readTextPart } from "@/lib/http/multipart-stream";
import { messageKey } from "@/lib/i18n/message-key";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { importRegisterFile, RegisterImportError } from "./file-import";
import { createRegisterExtract, decideRegisterMatch, failRegisterExtract } from "./mutations";
import { campaignSlugsOf, findRunningImport } from "./queries";
import {
  extractDateOfFileName,
  MAX_REGISTER_FILE_BYTES,
  registerDecisionSchema,
  registerRecheckSchema,
  registerUploadSchema,
  type RegisterUploadFields,
} from "./schema";
import { runVerification } from "./verification";

// The register's commands (issue #14): authenticate, validate, authorize, then write. The upload
// is admins' only and is checked before a byte of the file is read.

/** An upload that was read: imported with its rows, or refused whole with why (a `register.importErrors` key). */
export type RegisterUploadOutcome =
  | { extractId: string; imported: true; rows: number; campaignSlugs: string[] }
  | { extractId: string; imported: false; reason: string };

export type UploadRequest = { contentType: string | null; contentLength: number | null; body: ReadableStream<Uint8Array> | null };

const e = (key: string, values?: Record<string, string | number>) => messageKey(`register.errors.${key}`, values);
const invalid = (field: RegisterUploadFields | "form", message: string) => ({
  ok: false as const,
  error: "invalid" as const,
  fieldErrors: { [field]: message } as Partial<Record<RegisterUploadFields | "form", string>>,
});

/** The form's fields come before its file (the form's order); the file is then streamed into the database. */
export async function importRegisterUploadAs(
  caller: Caller,
  request: UploadRequest,
): Promise<CommandResult<RegisterUploadOutcome, RegisterUploadFields>> {
  if (!caller) return refuse("unauthenticated");
  if (!(await isAdmin(caller.id))) return refuse("not-found");
  const boundary = multipartBoundary(request.contentType);
  if (!boundary || !request.body) return invalid("file", e("chooseFile"));
  // The multipart envelope adds a few hundred bytes to the file.
  if (request.contentLength !== null && request.contentLength > MAX_REGISTER_FILE_BYTES + 64 * 1024) {
    await request.body.cancel().catch(() => {});
    return invalid("file", e("tooLarge", { max: Math.round(MAX_REGISTER_FILE_BYTES / 1048576) }));
  }
  const reader = new MultipartReader(request.body, boundary);
  const fields: Record<string, string> = {};
  let extractId: string | null = null;
  try {
    for (let part = await reader.next(); part; part = await reader.next()) {
      if (part.name !== "file") {
        const value = await readTextPart(part, 1024);
        if (value === null) return invalid("form", e("badForm"));
        fields[part.name] = value;
        continue;
      }
      if (!part.fileName) return invalid("file", e("chooseFile"));
      fields.extractDate ||= extractDateOfFileName(part.fileName) ?? "";
      const parsed = registerUploadSchema.safeParse(fields);
      if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
      if (await findRunningImport()) return invalid("form", e("importRunning"));
      const fileName =
        part.fileName
          .split(/[\\/]/)
          .pop()!
          .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
          .slice(0, 200) || "register.csv";
      extractId = await createRegisterExtract(caller, { ...parsed.data, fileName, bytesTotal: request.contentLength });
      let rows: number;
      try {
        ({ rows } = await importRegisterFile(extractId, parsed.data.kind, part.body, () => reader.bytesRead));
      } catch (error) {
        const reason =
          error instanceof RegisterImportError
            ? { key: error.key, values: error.values }
            : { key: error instanceof MultipartError ? "truncated" : "unexpected" };
        await failRegisterExtract(extractId, reason);
        if (!(error instanceof RegisterImportError || error instanceof MultipartError)) throw error;
        return allow({ extractId, imported: false, reason: messageKey(`register.importErrors.${reason.key}`, reason.values) });
      }
      const { campaignIds } = await runVerification();
      // The caller refreshes these campaigns' cached pages: their marks and counts may have changed.
      return allow({ extractId, imported: true, rows, campaignSlugs: await campaignSlugsOf(campaignIds) });
    }
    return invalid("file", e("chooseFile"));
  } catch (error) {
    if (error instanceof MultipartError) return invalid("form", e("badForm"));
    throw error;
  } finally {
    await reader.cancel();
  }
}

type CampaignFields = "campaignSlug" | "signatureId" | "decision";

/** Confirm or reject a match to review: the campaign's editors, owners and admins. */
export async function decideRegisterMatchAs(caller: Caller, input: unknown): Promise<CommandResult<{ campaignSlug: string }, CampaignFields>> {
  const found = await guardCampaignCommand(caller, registerDecisionSchema, input, "edit");
  if (!found.ok) return found;
  const { user, campaign, data } = found.value;
  if (!(await decideRegisterMatch(user, campaign, data.signatureId, data.decision))) return refuse("not-found");
  return allow({ campaignSlug: campaign.slug });
}

/** Checks the campaign's signatures of officials against the current register now (those signed since the last import). */
export async function recheckRegisterAs(
  caller: Caller,
  input: unknown,
): Promise<CommandResult<{ campaignSlug: string; checked: number }, "campaignSlug">> {
  const found = await guardCampaignCommand(caller, registerRecheckSchema, input, "edit");
  if (!found.ok) return found;
  const { campaign } = found.value;
  const { checked } = await runVerification({ campaignId: campaign.id });
  return allow({ campaignSlug: campaign.slug, checked });
}
