import { z } from "zod";

// Inputs about communes (issue #14), shared by the browser and the server.

/** An INSEE commune code: five characters, Corsica's 2A and 2B included ("75056", "2A004", "97411"). */
export const communeCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9][0-9AB][0-9]{3}$/);

/** The search box's text: bounded, so a query can never be long enough to cost anything. */
export const communeSearchSchema = z.object({
  q: z.string({ error: "q is required." }).trim().max(60, "q is longer than 60 characters."),
});

/** A commune as offered to a signer: "Saint-Denis (93 – Seine-Saint-Denis)" tells homonyms apart. */
export type CommuneOption = { code: string; name: string; departementCode: string; departementName: string };

/** Fewer typed characters than this find nothing: two letters already narrow 35,000 communes to a few thousand. */
export const COMMUNE_SEARCH_MIN_LENGTH = 2;
