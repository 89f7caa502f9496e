import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/routing";

/** `/api/v1/campaigns/{slug}/maps/{file}`: which map. */
export const mapFileSchema = z.enum(["world.svg", "france.svg"], { error: "The map is world.svg or france.svg." });

/** Its query: the language, whether to draw title and legend inside, and the counts' version (a cache key only). */
export const mapQuerySchema = z.object({
  locale: z.enum(LOCALES as [string, ...string[]], { error: "locale is en, fr or fa." }).default(DEFAULT_LOCALE),
  framed: z.enum(["0", "1"], { error: "framed is 0 or 1." }).default("1"),
  v: z
    .string()
    .regex(/^[0-9a-z]{1,16}$/, { error: "v is the version the page gave." })
    .optional(),
});
