import "server-only";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import type { Campaign } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { refreshAutomaticProofOfWork } from "./mutations";

// Whether signing a campaign asks for a proof of work now (issue #13). "off", the common case, and
// "on" are read from the campaign row the signing path already holds: no database round trip.
// "automatic" looks for a surge at most once every POW_AUTO_CHECK_SECONDS per campaign and process
// (a single-flight cache, lib/cache/ttl-cache.ts), however many signatures arrive meanwhile. The
// switch itself is stored on the campaign (proof_of_work_until), so every instance, and one started
// mid-surge, sees it.

let automaticUntil: ReturnType<typeof createTtlCache<string, Date | null>> | undefined;

function automaticCache() {
  automaticUntil ??= createTtlCache({ maxAgeMs: getEnv().POW_AUTO_CHECK_SECONDS * 1_000, maxEntries: 1_000, load: refreshAutomaticProofOfWork });
  return automaticUntil;
}

export type ProofOfWorkSetting = Pick<Campaign, "id" | "proofOfWork">;

export async function isProofOfWorkRequired(campaign: ProofOfWorkSetting, now = Date.now()): Promise<boolean> {
  switch (campaign.proofOfWork) {
    case "off":
      return false;
    case "on":
      return true;
    case "automatic": {
      const until = await automaticCache().get(campaign.id);
      return until !== null && until.getTime() > now;
    }
  }
}
