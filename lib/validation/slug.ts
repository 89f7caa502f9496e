import { z } from "zod";

// The one rule for the address of a campaign or an event (issue #10: four copies had drifted; one
// let "a--b" and 100 characters through to a query). Organizers' forms add their own limits on
// top (lib/campaigns/schema.ts), and embed.js and the OpenAPI document quote the pattern.

/** Lower-case letters a–z, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

/** Whether a string is a slug at all: anything else (from a hand-typed URL: "%00") is never looked up. */
export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/** A slug read from a URL or a form's hidden field: validated before it reaches a query. */
export const slugSchema = z.string().min(1).max(SLUG_MAX_LENGTH).regex(SLUG_PATTERN, "A slug uses lower-case letters, digits and single hyphens");
