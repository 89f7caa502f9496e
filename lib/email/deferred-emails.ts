import type { EmailMessage } from "./mailer";

// The outbox's bulk lane (issue #10). A domain that sends one message to many people queues rows
// with no message (payload null) under a group id (email_outbox.mailing_id): addresses are not
// copied a million times, and each row is rendered when its batch goes out, from what is true then.
// The outbox knows no domain, so the domain that queues such rows registers how to render them.
// Until one has, in a given process, the outbox claims none of them (lib/email/outbox.ts).

/** A rendered row, or one that is done without a message of its own (the reason is kept in last_error). */
export type DeferredRender = { message: EmailMessage } | { skip: string };

export type DeferredEmails = {
  /** Renders the given outbox rows; a row missing from the answer no longer has what it was rendered from. */
  render(outboxIds: string[]): Promise<Map<string, DeferredRender>>;
  /** After each batch, with the groups it carried rows of: a group whose rows are all done may be closed. */
  settleGroups(groupIds: string[]): Promise<void>;
  /** Now and then, when nothing is due: groups whose last batch's worker died before settling them. */
  settleStalledGroups(): Promise<void>;
};

let registered: DeferredEmails | null = null;

export function registerDeferredEmails(handler: DeferredEmails): void {
  registered = handler;
}

export function deferredEmails(): DeferredEmails | null {
  return registered;
}
