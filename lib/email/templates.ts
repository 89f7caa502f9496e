import type { EmailMessage } from "./mailer";

// Messages queued as a template's name and inputs, rendered when they are sent: the signing path
// queues one per signature, and the inputs are a fraction of the rendered HTML and text (less to
// encrypt, and a row small enough for PostgreSQL to keep inline instead of in TOAST). The outbox
// knows no domain: the domain that queues a template registers how to render it, and the process
// that sends (lib/startup.ts) imports that domain's module.

export type TemplatedEmail = { template: string; context: unknown };

const renderers = new Map<string, (context: never) => EmailMessage>();

/** Registers `render` under `name`; what it returns builds the queued form of one message. */
export function registerEmailTemplate<Context>(name: string, render: (context: Context) => EmailMessage): (context: Context) => TemplatedEmail {
  renderers.set(name, render as (context: never) => EmailMessage);
  return (context) => ({ template: name, context });
}

/** The message, or null when this process has no renderer for the template (the row waits for one that has). */
export function renderTemplatedEmail(email: TemplatedEmail): EmailMessage | null {
  const render = renderers.get(email.template);
  return render ? render(email.context as never) : null;
}
