import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { inEnglish } from "../fixtures/english";

const { rows, useIntegrationLifecycle } = await import("./support");
const { createUser } = await import("./organizer-actors");
const { draftEventAs, IMPORT_REPORT_LIMITS } = await import("@/lib/events/commands");
const { consumeRateLimit } = await import("@/lib/rate-limit/limiter");

/** A refusal is a catalog key (issue #12): what an English page shows for it. */

useIntegrationLifecycle();

// Reading a pasted report into a draft is work for the server in proportion to the report's
// length (issue #13, finding 2): each organizer may read a burst of reports and is then told how
// long to wait, without holding back anyone else.

const REPORT = "Families of the disappeared held a vigil in Geneva on 14 March 2019. Rama Yade called for an inquiry.";
const [PER_MINUTE, PER_HOUR] = IMPORT_REPORT_LIMITS;

/** Counters are per clock minute: a burst must not straddle two of them. */
async function startOfAMinute() {
  const [{ second }] = await rows<{ second: number }>(sql`select extract(second from now())::float8 as second`);
  if (second > 45) await new Promise((resolve) => setTimeout(resolve, (60.5 - second) * 1000));
}

describe("reading reports is limited per organizer", () => {
  test("the limits are 20 reads a minute and 200 an hour", () => {
    assert.deepEqual(IMPORT_REPORT_LIMITS, [
      { limit: 20, seconds: 60 },
      { limit: 200, seconds: 3600 },
    ]);
  });

  test("the read past the minute's limit is refused, saying to wait; another organizer still reads", async () => {
    const reader = await createUser("organizer", "reader");
    const other = await createUser("organizer", "other-reader");
    await startOfAMinute();
    for (let i = 0; i < PER_MINUTE.limit; i++) assert.ok((await draftEventAs(reader, { text: REPORT })).ok, `read ${i + 1}`);
    const refused = await draftEventAs(reader, { text: REPORT });
    assert.ok(!refused.ok && refused.error === "invalid", JSON.stringify(refused));
    assert.deepEqual(Object.keys(refused.fieldErrors), ["form"]);
    assert.equal(inEnglish(refused.fieldErrors.form), "You have read several reports just now: wait a minute.");
    assert.ok((await draftEventAs(other, { text: REPORT })).ok, "the limit is the organizer's own");
  });

  test("past the hour's limit, the next read is refused, saying how long to wait", async () => {
    const reader = await createUser("admin", "hourly-reader");
    await startOfAMinute();
    for (let i = 0; i < PER_HOUR.limit; i++) await consumeRateLimit(`event-import/${PER_HOUR.seconds}s`, reader.id, PER_HOUR.limit, PER_HOUR.seconds);
    const refused = await draftEventAs(reader, { text: REPORT });
    assert.ok(!refused.ok && refused.error === "invalid", JSON.stringify(refused));
    assert.match(inEnglish(refused.fieldErrors.form), /^You have read many reports in the last hour: wait (a minute|\d+ minutes)\.$/);
  });

  test("a report refused as invalid, or a caller without a session, uses up no reads", async () => {
    const reader = await createUser("organizer", "careless-reader");
    await startOfAMinute();
    for (let i = 0; i <= PER_MINUTE.limit; i++) {
      const short = await draftEventAs(reader, { text: "Too short to be a report." });
      assert.ok(!short.ok && short.error === "invalid" && short.fieldErrors.text, JSON.stringify(short));
    }
    assert.deepEqual(await draftEventAs(null, { text: REPORT }), { ok: false, error: "unauthenticated" });
    assert.ok((await draftEventAs(reader, { text: REPORT })).ok, "the organizer's reads are all still there");
  });
});
