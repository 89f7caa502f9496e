import "server-only";
import { log, reportError } from "@/lib/log/logger";
import { claimNextSnapshot, failSnapshot } from "./mutations";

// The background job of the delivery packs (issue #14), started by lib/startup.ts in every
// instance: a pack is never made inside a request. Each instance makes one pack at a time (a
// Chromium and a part of the list in memory); rows are claimed with FOR UPDATE SKIP LOCKED and a
// lease that progress renews, so a job whose instance died is taken up again by another.

const LEASE_MS = 2 * 60_000;
let busy = false;

/** Makes every waiting pack, one after the other; returns how many it took up. */
export async function runDeliveryJobs(): Promise<number> {
  if (busy) return 0;
  busy = true;
  let taken = 0;
  try {
    for (let snapshot = await claimNextSnapshot(LEASE_MS); snapshot; snapshot = await claimNextSnapshot(LEASE_MS)) {
      taken++;
      const started = Date.now();
      try {
        // Loaded on the first pack, not at start: Chromium's driver and the PDF library would
        // otherwise sit in every instance's heap (256 MB under `npm start`) while it serves signers.
        const { makePack } = await import("./make-pack");
        await makePack(snapshot, LEASE_MS);
        log.info("Delivery pack made", { snapshotId: snapshot.id, ms: Date.now() - started });
      } catch (error) {
        reportError(error, { msg: "Making a delivery pack failed", snapshotId: snapshot.id });
        await failSnapshot(snapshot.id, "delivery.errors.renderFailed");
      }
    }
  } finally {
    busy = false;
  }
  return taken;
}

export function startDeliveryWorker(intervalMs: number): void {
  const tick = () => void runDeliveryJobs().catch((error) => reportError(error, { msg: "The delivery pack worker failed" }));
  tick();
  setInterval(tick, intervalMs).unref();
}
