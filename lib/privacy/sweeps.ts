import "server-only";
import { pruneSettledEmails } from "@/lib/email/outbox-pruning";
import { reportError } from "@/lib/log/logger";
import { anonymiseDueCampaigns } from "./anonymisation";
import { deleteExpiredUnconfirmed, sendConfirmReminders } from "./unconfirmed";

// The periodic privacy work (issue #13), run by every app instance (lib/startup.ts): each step
// locks what it works on (SKIP LOCKED, or an advisory lock per campaign), so instances sweeping at
// the same time share the work. Each step runs batch after batch until none is full, a bounded
// number of times per sweep, so a backlog drains over a few sweeps without one sweep running long.

const SWEEP_INTERVAL_MS = 5 * 60_000;
const MAX_BATCHES = 50;

async function drain(step: () => Promise<number>, full: number): Promise<void> {
  for (let i = 0; i < MAX_BATCHES && (await step()) >= full; i++) {}
}

async function runStep(name: string, work: () => Promise<unknown>): Promise<void> {
  await work().catch((error) => reportError(error, { msg: `Privacy sweep: ${name} failed` }));
}

/** One sweep: reminders, deletion of expired unconfirmed signatures, anonymisation, outbox pruning. */
async function sweepPersonalData(): Promise<void> {
  await runStep("reminding unconfirmed signers", () => drain(() => sendConfirmReminders(100), 100));
  await runStep("deleting expired unconfirmed signatures", () => drain(() => deleteExpiredUnconfirmed(100), 100));
  await runStep("anonymising campaigns past their retention", () => anonymiseDueCampaigns());
  await runStep("pruning settled emails", () => drain(() => pruneSettledEmails(), 1_000));
}

let sweeping = false;

/** Sweeps now, then every few minutes; a sweep still running when the next is due is not doubled. */
export function startPrivacySweeps(): void {
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      await sweepPersonalData();
    } finally {
      sweeping = false;
    }
  };
  void sweep();
  setInterval(() => void sweep(), SWEEP_INTERVAL_MS).unref();
}
