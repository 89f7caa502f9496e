import { z } from "zod";

export const emailAddressSchema = z
  .string({ message: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "An email address has at most 254 characters")
  .email("Enter an email address in the right format, like name@example.org");

// Only paths on this site: an open redirect through the sign-in page would lend it our name.
export const callbackPathSchema = z
  .string()
  .regex(/^\/(?![/\\])[^\s]*$/)
  .catch("/organizer");

export const signInSchema = z.object({ email: emailAddressSchema, callbackUrl: callbackPathSchema });
