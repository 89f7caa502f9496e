import { expect, type APIRequestContext } from "@playwright/test";
import type { ReceivedEmail } from "../../fakes/fake-resend";
import { APP_URL, FAKE_RESEND_URL } from "../playwright.config";

// Reads what the app sent through the fake Resend server (tests/fakes/fake-resend.ts).

const TOKEN = "[A-Za-z0-9_-]{43}";
const escapedAppUrl = APP_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export class Mailbox {
  constructor(
    private readonly request: APIRequestContext,
    readonly address: string,
  ) {}

  /** Every email the fake has received for this address, oldest first. */
  async all(): Promise<ReceivedEmail[]> {
    const response = await this.request.get(`${FAKE_RESEND_URL}/_test/emails`, { params: { to: this.address } });
    expect(response.ok()).toBe(true);
    return (await response.json()) as ReceivedEmail[];
  }

  /** Waits until exactly `count` emails have arrived for this address; returns them all. */
  async waitForCount(count: number): Promise<ReceivedEmail[]> {
    await expect.poll(async () => (await this.all()).length, { message: `emails received by ${this.address}`, timeout: 15_000 }).toBe(count);
    return this.all();
  }

  /** Waits for the n-th email (1-based) and returns it. */
  async waitForEmail(nth = 1): Promise<ReceivedEmail> {
    const emails = await this.waitForCount(nth);
    return emails[nth - 1];
  }
}

/** Every email the fake has received, for anyone. */
export async function allEmails(request: APIRequestContext): Promise<ReceivedEmail[]> {
  const response = await request.get(`${FAKE_RESEND_URL}/_test/emails`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as ReceivedEmail[];
}

function findLink(email: ReceivedEmail, kind: "confirm" | "withdraw"): string | null {
  // French and Persian signers' links carry their language: /fr/confirm/…, /fa/withdraw/….
  const pattern = new RegExp(`${escapedAppUrl}(?:/(?:fr|fa))?/${kind}/${TOKEN}`);
  return pattern.exec(email.text)?.[0] ?? null;
}

/** The /confirm/<token> link in an email (from its text part, which spells links out). */
export function confirmLink(email: ReceivedEmail): string {
  const link = findLink(email, "confirm");
  expect(link, `a /confirm/ link in "${email.subject}"`).not.toBeNull();
  expect(email.html, "the HTML part carries the same confirm link").toContain(link!);
  return link!;
}

/** The /withdraw/<token> link in an email. */
export function withdrawLink(email: ReceivedEmail): string {
  const link = findLink(email, "withdraw");
  expect(link, `a /withdraw/ link in "${email.subject}"`).not.toBeNull();
  expect(email.html, "the HTML part carries the same withdraw link").toContain(link!);
  return link!;
}

export function hasConfirmLink(email: ReceivedEmail): boolean {
  return findLink(email, "confirm") !== null;
}
