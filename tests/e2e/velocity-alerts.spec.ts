import { expect, test, type APIRequestContext } from "@playwright/test";
import type { ReceivedEmail } from "../fakes/fake-resend";
import { publishNewPetition } from "./pages/new-campaign-page";
import { signInByEmail } from "./pages/organizer-signin";
import { ADMIN_EMAIL, APP_URL } from "./playwright.config";
import { petitionSignature, signaturesUrl } from "./support/api";
import { startAppInstance, type AppInstance } from "./support/app-instance";
import { uniqueId } from "./support/ids";
import { Mailbox } from "./support/mailbox";
import { awayFromHourBoundary, uniqueClient, uniqueDomain } from "./support/velocity";

// The velocity alert (issue #13): past VELOCITY_ALERT_PER_HOUR signatures in one hour from one client
// or one email domain, the campaign's owners are emailed once for that campaign, key and hour, in the
// campaign's language. Every instance sweeps when it starts, then every five minutes: a sweep is
// run here by starting an instance with a threshold of 3 (the main server's is 100), and a second
// one by starting another after more signatures. Signatures go through the main server.

const ALERT = 3;
let sweeper: AppInstance | undefined;

test.afterEach(async () => {
  await sweeper?.stop();
});

/** Runs an alert sweep on the shared database: an instance sweeps as it starts. */
async function sweepAlerts(): Promise<void> {
  await sweeper?.stop();
  sweeper = await startAppInstance(3614, { VELOCITY_ALERT_PER_HOUR: String(ALERT) });
}

test("the owner of a French campaign gets one alert in French per key and hour, and none again when more signatures come", async ({
  page,
  request,
}) => {
  // Up to two and a half minutes of waiting for a clock hour with room for the whole exchange.
  test.setTimeout(360_000);
  const adminMailbox = new Mailbox(request, ADMIN_EMAIL);
  await signInByEmail(page, request, ADMIN_EMAIL, (await adminMailbox.all()).length);
  const id = uniqueId();
  const title = `Enquête indépendante ${id}`;
  const slug = `alert-${id}`.toLowerCase();
  // The organizer who creates a campaign owns it.
  await publishNewPetition(page, { slug, title, language: "fr" });
  const alerts = async () => (await adminMailbox.all()).filter((email) => email.subject.includes(title));

  // From the first signature to the second sweep, one clock hour: a new hour starts new counts.
  await awayFromHourBoundary(150_000);
  const client = uniqueClient();
  const [first, second] = [uniqueDomain("alert-first"), uniqueDomain("alert-second")];
  const sign = signFrom(request, slug);
  for (let n = 0; n < ALERT; n++) await sign(`e2e-alert-${n}-${uniqueId()}@${first}`, client.address(n));
  await sweepAlerts();

  await expect.poll(async () => (await alerts()).length, { message: "the first alert", timeout: 20_000 }).toBe(1);
  const [alert] = await alerts();
  expect(alert.to).toEqual([ADMIN_EMAIL]);
  expect(alert.subject).toMatch(new RegExp(`^Volume de signatures inhabituel sur «\\s?${title}\\s?»$`));
  expect(alert.text).toContain(`${ALERT} signatures depuis l’adresse de client d’empreinte ${client.hash.slice(0, 12)}…`);
  expect(alert.text).toContain(`${ALERT} signatures depuis le domaine e-mail ${first}`);
  expect(alert.text).toContain(`${APP_URL}/fr/organizer/campaigns/${slug}/moderation`);
  expect(alert.html).toContain('lang="fr"');
  expect(alert.text, "no English left in a French alert").not.toMatch(/signatures from|Unusual signing volume/);

  // More from the same client and domain, and a second domain past the threshold: the next sweep
  // runs (its email about the new domain says so) and says nothing again about the first two keys.
  await sign(`e2e-alert-more-${uniqueId()}@${first}`, client.address(ALERT));
  for (let n = 0; n < ALERT; n++) await sign(`e2e-alert-${n}-${uniqueId()}@${second}`, client.address(ALERT + 1 + n));
  await sweepAlerts();
  await expect.poll(async () => (await alerts()).length, { message: "the alert about the second domain", timeout: 20_000 }).toBe(2);
  const later = (await alerts())[1];
  expect(later.text).toContain(`${ALERT} signatures depuis le domaine e-mail ${second}`);
  expect(later.text).not.toContain(first);
  expect(later.text).not.toContain(client.hash.slice(0, 12));
  const mentioning = (text: string) => (emails: ReceivedEmail[]) => emails.filter((email) => email.text.includes(text)).length;
  expect(mentioning(client.hash.slice(0, 12))(await alerts()), "one email for the client in this hour").toBe(1);
  expect(mentioning(first)(await alerts()), "one email for the first domain in this hour").toBe(1);
});

function signFrom(request: APIRequestContext, slug: string) {
  return async (email: string, from: string) => {
    const response = await request.post(signaturesUrl(slug), { data: petitionSignature(email), headers: { "x-forwarded-for": from } });
    expect(response.status()).toBe(202);
  };
}
