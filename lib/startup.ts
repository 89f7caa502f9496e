import "server-only";
import { closeDueCampaigns } from "@/lib/campaigns/mutations";
import { prepareDatabase } from "@/lib/db/bootstrap";
import { loadCommuneData } from "@/lib/communes/mutations";
import { startDeliveryWorker } from "@/lib/delivery/worker";
import { startOutboxPoller } from "@/lib/email/outbox";
// Updates to signers go through the outbox too: their lane registers itself with it.
import "@/lib/mailings/delivery";
// So are confirmation emails, queued as their template's inputs: the signing domain renders them.
import "@/lib/signing/signer-emails";
import { getEnv, getSecret } from "@/lib/env";
import { log, reportError } from "@/lib/log/logger";
import { reconcileAdmins } from "@/lib/organizers/mutations";
import { sendVelocityAlerts } from "@/lib/moderation/velocity-alerts";
import { pruneRateLimitCounters } from "@/lib/rate-limit/limiter";
import { startPrivacySweeps } from "@/lib/privacy/sweeps";
import { pruneExpiredAccessLinks } from "@/lib/my-signatures/mutations";
import { forgetExpiredSpentChallenges } from "@/lib/proof-of-work/mutations";

export async function startApp(): Promise<void> {
  try {
    getSecret();
    await prepareDatabase();
    // The official list of French communes (issue #14): reference data, not demo content, so loaded
    // whatever SEED_CAMPAIGNS says; a no-op unless the installed package is newer than the loaded data.
    const communes = await loadCommuneData();
    if (communes.loaded) log.info(`Loaded ${communes.communes} French communes (data package ${communes.version})`);
  } catch (error) {
    // The message alone: it says what to fix (a missing secret, a database out of reach), a stack would bury it.
    log.error(`The server cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const env = getEnv();
  // An address taken out of ADMIN_EMAILS stops being admin now, its sessions ended (issue #13).
  const demoted = await reconcileAdmins(env.ADMIN_EMAILS).catch((error) => {
    reportError(error, { msg: "Demoting admins no longer in ADMIN_EMAILS failed" });
    return [];
  });
  if (demoted.length > 0) log.warn(`No longer admins (not in ADMIN_EMAILS), signed out: ${demoted.join(", ")}`);
  if (env.emailWorkerEnabled) startOutboxPoller(env.EMAIL_WORKER_INTERVAL_MS);
  const prune = () => {
    pruneRateLimitCounters().catch((error) => reportError(error, { msg: "Pruning rate-limit counters failed" }));
    pruneExpiredAccessLinks().catch((error) => reportError(error, { msg: "Pruning expired signature-management links failed" }));
    // A spent proof-of-work challenge need not be remembered once it has expired: it fails as expired.
    forgetExpiredSpentChallenges(10_000).catch((error) => reportError(error, { msg: "Forgetting expired proof-of-work challenges failed" }));
  };
  setInterval(prune, 15 * 60_000).unref();
  startAutoCloseSweep();
  // Reminders and deletion of unconfirmed signatures, anonymisation, outbox pruning (issue #13).
  startPrivacySweeps();
  startVelocityAlertSweep();
  // Delivery packs (issue #14) are printed in the background, never inside a request.
  startDeliveryWorker(3_000);
  if (env.devMailboxEnabled) {
    log.info(`Emails are not sent (no RESEND_API_KEY): read them at ${env.APP_URL}/dev/mailbox`);
  }
}

// Campaigns past their closing date already refuse signatures; the sweep makes their status say
// "closed" too. One idempotent UPDATE, so several instances sweeping at once do no harm.
function startAutoCloseSweep(): void {
  const sweep = () => closeDueCampaigns().catch((error) => reportError(error, { msg: "Closing campaigns past their closing date failed" }));
  void sweep();
  setInterval(sweep, 60_000).unref();
}

// Unusual signing volume (issue #13): at start and every five minutes, apart from the signing path,
// the owners of a campaign are emailed about a client or domain past VELOCITY_ALERT_PER_HOUR, once per
// key and hour (velocity_alerts dedupes across runs and instances). At start too, as the other
// sweeps: an instance restarted more often than every five minutes (a deploy, a crash loop during
// an attack) never alerted anyone, and after any restart the alert came up to five minutes late.
function startVelocityAlertSweep(): void {
  const sweep = () => sendVelocityAlerts().catch((error) => reportError(error, { msg: "Sending velocity alerts failed" }));
  void sweep();
  setInterval(sweep, 5 * 60_000).unref();
}
