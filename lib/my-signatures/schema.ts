import { z } from "zod";
import { signerEmailSchema, tokenFormSchema } from "@/lib/signing/schema";

// "Manage my signatures" (issue #13): what its forms send. The page's link token travels in every
// form (a hidden field), so each change proves itself; the form validates with these in the
// browser and the server action again.

export const manageLinkRequestSchema = z.object({ email: signerEmailSchema });

export const withdrawMySignatureSchema = tokenFormSchema.extend({ signatureId: z.uuid() });

export const setMyUpdatesSchema = tokenFormSchema.extend({
  signatureId: z.uuid(),
  optInUpdates: z.enum(["true", "false"]).transform((value) => value === "true"),
});
