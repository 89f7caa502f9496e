import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, linksFor, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signCampaign, confirmSignature, withdrawSignature } = await import("@/lib/signing/mutations");

useIntegrationLifecycle();

const sourceCounts = async (campaignId: string) =>
  Object.fromEntries(
    (
      await rows<{ key: string; n: number }>(sql`
        select key, sum(confirmed)::int as n from tally_breakdowns
         where campaign_id = ${campaignId} and dimension = 'source' group by key having sum(confirmed) <> 0`)
    ).map((row) => [row.key, row.n]),
  );

describe("signature sources", () => {
  test("utm tags and the referring host are kept with the signature and counted by source once confirmed", async () => {
    const campaign = await createTestCampaign();
    const tagged = validSignature({ utmSource: "whatsapp", utmMedium: "share" });
    const referred = validSignature({ referrerHost: "news.example.org" });
    const direct = validSignature();
    for (const input of [tagged, referred, direct]) await signCampaign(campaign.slug, input);
    await settleOutbox(campaign.id);

    const [stored] = await rows<{ utm_source: string; utm_medium: string }>(sql`
      select utm_source, utm_medium from signatures where email = ${tagged.email}`);
    assert.deepEqual(stored, { utm_source: "whatsapp", utm_medium: "share" });
    assert.deepEqual(await sourceCounts(campaign.id), {}, "pending signatures are not counted");

    for (const input of [tagged, referred, direct]) await confirmSignature(linksFor(input.email).confirm!);
    assert.deepEqual(await sourceCounts(campaign.id), { whatsapp: 1, "news.example.org": 1, direct: 1 });

    assert.equal((await withdrawSignature(linksFor(tagged.email).withdraw!)).kind, "withdrawn");
    assert.deepEqual(await sourceCounts(campaign.id), { "news.example.org": 1, direct: 1 });
  });
});
