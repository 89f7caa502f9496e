import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/routing";
import { messageKey } from "@/lib/i18n/message-key";
import { slugSchema } from "@/lib/validation/slug";

// Inputs of the delivery packs (issue #14). The form sends one checkbox per language
// (`translation-fr=on`), so that a form without JavaScript posts them as plain fields.

const E = (key: string) => messageKey(`delivery.errors.${key}`);

export const prepareDeliverySchema = z
  .object({ campaignSlug: slugSchema })
  .catchall(z.string())
  .transform((values, context) => {
    const chosen = Object.keys(values)
      .filter((key) => key.startsWith("translation-"))
      .map((key) => key.slice("translation-".length));
    const unknown = chosen.find((language) => !(LOCALES as readonly string[]).includes(language));
    if (unknown !== undefined) {
      context.addIssue({ code: "custom", path: ["translations"], message: E("unknownLanguage") });
      return z.NEVER;
    }
    return { campaignSlug: values.campaignSlug, translations: chosen as Locale[] };
  });

export type PrepareDeliveryFields = "translations";

/** A snapshot's id, from a URL: anything but a UUID is never looked up. */
export const snapshotIdSchema = z.uuid();

/** `/api/v1/campaigns/{slug}/snapshots/{id}` or `…/{id}.pdf`: the id, and whether the PDF is asked for. */
export function parseSnapshotPath(segment: string): { id: string; pdf: boolean } | null {
  const pdf = segment.endsWith(".pdf");
  const parsed = snapshotIdSchema.safeParse(pdf ? segment.slice(0, -4) : segment);
  return parsed.success ? { id: parsed.data, pdf } : null;
}
