import "server-only";
import { getEnv } from "@/lib/env";

/** Who holds signers' data, as the privacy pages name it (issue #13). */
export type DataController = { configured: true; name: string; contact: Contact; officer: Contact | null } | { configured: false; officer: null };

/** An email address becomes a mailto: link; anything else (a postal address) is shown as written. */
export type Contact = { text: string; email: boolean };

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const toContact = (text: string): Contact => ({ text, email: EMAIL.test(text) });

// No invented default: a privacy notice that names a made-up controller would mislead. Unset (a
// development machine, or a deployment not finished), the pages say that no one has been named.
export function getDataController(): DataController {
  const env = getEnv();
  if (!env.DATA_CONTROLLER_NAME || !env.DATA_CONTROLLER_CONTACT) return { configured: false, officer: null };
  return {
    configured: true,
    name: env.DATA_CONTROLLER_NAME,
    contact: toContact(env.DATA_CONTROLLER_CONTACT),
    officer: env.DATA_PROTECTION_OFFICER ? toContact(env.DATA_PROTECTION_OFFICER) : null,
  };
}
