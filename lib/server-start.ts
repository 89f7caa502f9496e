import "server-only";
import { closeDueCampaigns } from "@/lib/campaigns/mutations";
import { prepareDatabase } from "@/lib/db/bootstrap";
import { startOutboxPoller } from "@/lib/email/outbox";
import { getEnv, getSecret } from "@/lib/env";
import { pruneRateLimitCounters } from "@/lib/rate-limit/limiter";

export async function startServer(): Promise<void> {
  try {
    getSecret();
    await prepareDatabase();
  } catch (error) {
    console.error(`\nThe server cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const env = getEnv();
  if (env.emailWorkerEnabled) startOutboxPoller(env.EMAIL_WORKER_INTERVAL_MS);
  setInterval(() => pruneRateLimitCounters().catch(() => {}), 15 * 60_000).unref();
  startAutoCloseSweep();
  if (env.devMailboxEnabled) {
    console.log(`Emails are not sent (no RESEND_API_KEY): read them at ${env.APP_URL}/dev/mailbox`);
  }
}

// Campaigns past their closing date already refuse signatures; the sweep makes their status say
// "closed" too. One idempotent UPDATE, so several instances sweeping at once do no harm.
function startAutoCloseSweep(): void {
  const sweep = () =>
    closeDueCampaigns().catch((error) => console.error(`Closing campaigns past their closing date failed: ${error instanceof Error ? error.message : String(error)}`));
  void sweep();
  setInterval(sweep, 60_000).unref();
}
