import { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";

// The messages are catalog keys (lib/i18n/message-key.ts), shown in the reader's language by the
// form that shows the error. lib/organizers/schema.ts uses this schema for invitations too.
const EMAIL_MAX_LENGTH = 254;

export const emailAddressSchema = z
  .string({ message: messageKey("auth.errors.emailRequired") })
  .trim()
  .toLowerCase()
  .min(1, messageKey("auth.errors.emailEmpty"))
  .max(EMAIL_MAX_LENGTH, messageKey("auth.errors.emailTooLong", { max: EMAIL_MAX_LENGTH }))
  .email(messageKey("auth.errors.emailFormat"));

// Only paths on this site: an open redirect through the sign-in page would lend it our name.
export const callbackPathSchema = z
  .string()
  .regex(/^\/(?![/\\])[^\s]*$/)
  .catch("/organizer");

export const signInSchema = z.object({ email: emailAddressSchema, callbackUrl: callbackPathSchema });
