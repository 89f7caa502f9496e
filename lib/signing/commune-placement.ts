import "server-only";
import type { SignerFields } from "@/lib/db/schema";
import { findCommune, resolveCommuneName } from "@/lib/communes/queries";
import type { CommuneOption } from "@/lib/communes/schema";
import { communeSearchKey } from "@/lib/communes/search-key";
import { messageKey } from "@/lib/i18n/message-key";
import type { FieldErrors, SignatureInput } from "./schema";

export type Placement = { ok: true; data: SignatureInput } | { ok: false; fieldErrors: FieldErrors; choices?: CommuneOption[] };

/**
 * A French official's municipality is a commune of the official list (issue #14): the chosen code
 * (the picker's, or a "did you mean" answer's), else the typed name when exactly one commune bears
 * it. The municipality text becomes the commune's official name, for display and for every reader
 * of that column. A name several communes share, or none, comes back with the communes to choose
 * from; a name matching nothing is refused. Officials from elsewhere keep their text, with no code.
 */
export async function placeInCommune(fields: SignerFields, data: SignatureInput): Promise<Placement> {
  const { communeCode, ...rest } = data;
  if (fields.municipality === "off" || data.country !== "FR") return { ok: true, data: rest };
  // The chosen code holds while the text is still the start of its name (the picker fills in the whole
  // name, a "did you mean" leaves what was typed); a name typed over an earlier choice is looked up.
  const chosen = communeCode ? await findCommune(communeCode) : null;
  if (chosen && communeSearchKey(chosen.name).startsWith(communeSearchKey(data.municipality ?? "")))
    return { ok: true, data: { ...rest, communeCode: chosen.code, municipality: chosen.name } };
  // Optional and not given: nothing to place.
  if (!data.municipality) return { ok: true, data: rest };
  const resolution = await resolveCommuneName(data.municipality);
  switch (resolution.kind) {
    case "found":
      return { ok: true, data: { ...rest, communeCode: resolution.commune.code, municipality: resolution.commune.name } };
    case "choose":
      return {
        ok: false,
        fieldErrors: { municipality: messageKey("signing.errors.municipality.choose", { count: resolution.choices.length }) },
        choices: resolution.choices,
      };
    case "not-found":
      return { ok: false, fieldErrors: { municipality: messageKey("signing.errors.municipality.notFound") } };
  }
}
